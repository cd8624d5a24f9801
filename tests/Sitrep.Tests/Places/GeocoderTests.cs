using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Places;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Places;

/// <summary>Places on the map, read with the article's context; uses the world gazetteer test.sh builds.</summary>
public sealed class GeocoderTests
{
    private static PlaceInfo PlaceOf(string text, string name)
    {
        var doc = Some.Report(text, "2020-03-30");
        return doc.Entities.Single(e => e.IsPlace && e.Name == name).Place!;
    }

    private static double Km(PlaceInfo p, double lat, double lon) => GeoDistance.Km(p.Latitude!.Value, p.Longitude!.Value, lat, lon);

    [Fact]
    public void Puts_the_seed_s_places_at_their_real_coordinates()
    {
        var doc = Some.Seed();
        PlaceInfo P(string name) => doc.Entities.Single(e => e.Name == name).Place!;
        // Reference points: the towns' centres and K-1 Air Base's runway (Wikipedia / GeoNames).
        Assert.True(Km(P("Kirkuk"), 35.4681, 44.3922) < 10);
        Assert.True(Km(P("Erbil"), 36.1912, 44.0092) < 10);
        Assert.True(Km(P("Mosul"), 36.3350, 43.1189) < 10);
        Assert.True(Km(P("al-Qaim"), 34.3686, 41.0948) < 10);
        Assert.True(Km(P("Qayyarah"), 35.8028, 43.2897) < 10);
        Assert.True(Km(P("K1 Air Base"), 35.5125, 44.2817) < 10);
        Assert.Equal(("country", "country"), (P("Iraq").Precision, P("Syria").Precision));
        Assert.Equal(("United States government", "Iranian government"),
            (doc.Entities.Single(e => e.Name == "Washington").StandsFor?.Name, doc.Entities.Single(e => e.Name == "Tehran").StandsFor?.Name));
    }

    [Fact]
    public void Locates_the_K1_handover_at_K1_Air_Base()
    {
        var doc = Some.Seed();
        var handover = doc.Events.First(e => e.Type == "RETREAT" && doc.NameOf(e.PlaceId) == "K1 Air Base");
        var location = EventLocation.Of(doc, handover)!;
        Assert.Equal(("K1 Air Base", "facility", 1), (location.Place.Name, location.Precision, location.GeoPrecision));
    }

    [Fact]
    public void The_capital_a_country_names_is_its_capital_city_and_the_country_stays_the_country()
    {
        var doc = Some.Report("Bombs killed 40 people in the Iraqi capital on Monday, a day after rockets hit the capital of Syria.", "2020-03-30");
        var places = doc.Mentions.Where(m => doc.Entities.Single(e => e.Id == m.EntityId).IsPlace)
            .Select(m => (doc.TextOf(m.Span), doc.Entities.Single(e => e.Id == m.EntityId).Name)).ToArray();
        Assert.Equal([("Iraqi", "Iraq"), ("capital", "Baghdad"), ("capital", "Damascus"), ("Syria", "Syria")], places);
        Assert.Equal("Baghdad", EventLocation.Of(doc, doc.Events[0])!.Place.Name);
        // Money is no city.
        Assert.DoesNotContain(Some.Report("Chinese capital flows into Africa rose by a third.", "2020-03-30").Entities, e => e.Name == "Beijing");
        Assert.DoesNotContain(Some.Report("Chinese capital poured into Africa last year.", "2020-03-30").Entities, e => e.Name == "Beijing");
        // The capital of a province is not the country's.
        Assert.DoesNotContain(Some.Report("Ramadi, the capital of Iraq's Anbar province, fell on Sunday.", "2020-03-30").Entities, e => e.Name == "Baghdad");
    }

    [Fact]
    public void Locates_an_event_where_it_happened_not_where_it_was_reported_from()
    {
        var doc = Some.Report("An air strike on a market in Idlib killed five civilians on Sunday, officials in Damascus said, blaming Turkish forces from Ankara.", "2020-03-30");
        var located = doc.Events.Select(e => EventLocation.Of(doc, e)).ToList();
        Assert.NotEmpty(located);
        Assert.All(located, l => Assert.Equal(("Idlib", "city", 1), (l!.Place.Name, l.Precision, l.GeoPrecision)));
    }

    [Fact]
    public void Places_the_Middle_East_as_a_region_of_several_countries_not_as_one_of_them()
    {
        var place = PlaceOf("Iran has expanded its influence across the Middle East, officials in Washington said on Monday.", "Middle East");
        Assert.Equal(("", "world-region", "data/world-regions.tsv (the mean of its countries' points)"), (place.Country, place.Precision, place.Source));
        // The mean of the seventeen states' points lies in northern Saudi Arabia, inside the region.
        Assert.True(Km(place, 29.13, 42.75) < 10);
        Assert.Equal(3, new EventLocation(new Entity("p", EntityKind.Region, "Middle East"), place.Latitude!.Value, place.Longitude!.Value, place.Precision).GeoPrecision);
    }

    [Fact]
    public void Places_northern_Iraq_among_the_towns_of_the_north_not_at_the_country_s_centre()
    {
        var doc = Some.Report("Clashes were reported in northern Iraq and in western Anbar on Monday, and two earthquakes struck central Turkey.", "2020-03-30");
        PlaceInfo P(string name) => doc.Entities.Single(e => e.Name == name).Place!;
        var north = P("northern Iraq");
        Assert.Equal(("region", "the north of Iraq: its town nearest there (geonames cities500)"), (north.Precision, north.Source));
        // Near Erbil, more than 300 km from the country's point (33, 44).
        Assert.True(Km(north, 36.19, 44.01) < 100, $"{north.Latitude}, {north.Longitude}");
        Assert.True(Km(north, 33, 44) > 300);
        Assert.True(Km(P("western Anbar"), 34.37, 41.09) < 80);
        Assert.True(Km(P("central Turkey"), 38.73, 35.48) < 80);
        Assert.Equal(2, new EventLocation(doc.Entities.Single(e => e.Name == "northern Iraq"), north.Latitude!.Value, north.Longitude!.Value, north.Precision).GeoPrecision);
    }

    [Fact]
    public void Places_a_compass_named_part_of_a_state_in_that_part_and_a_part_of_a_continent_nowhere()
    {
        var doc = Some.Report("Wildfires spread across Northern California on Monday. Floods hit South Texas. Storms battered West Wales and Northern Europe, and snow fell in Northern Asia.", "2020-03-30");
        PlaceInfo P(string name) => doc.Entities.Single(e => e.Name == name).Place!;
        var south = P("South Texas");
        Assert.Equal(("region", "US", "Texas", "the south of Texas: its town nearest there (geonames cities500)"), (south.Precision, south.Country, south.Admin1, south.Source));
        // Near Laredo and the border, not at the state's centre (31.5, -99.3).
        Assert.Equal((27.67, -99.61), (Math.Round(south.Latitude!.Value, 2), Math.Round(south.Longitude!.Value, 2)));
        Assert.Equal((40.14, -120.15, "California"), (Math.Round(P("Northern California").Latitude!.Value, 2), Math.Round(P("Northern California").Longitude!.Value, 2), P("Northern California").Admin1));
        Assert.Equal(("region", "GB", "Wales"), (P("West Wales").Precision, P("West Wales").Country, P("West Wales").Admin1));
        // A part of a continent the UN geoscheme names is that region of states (data/world-regions.tsv); another part is nowhere.
        Assert.Equal(("world-region", "data/world-regions.tsv (the mean of its countries' points)"), (P("Northern Europe").Precision, P("Northern Europe").Source));
        Assert.Equal((null, "not in the gazetteer"), (P("Northern Asia").Latitude, P("Northern Asia").Unresolved));
    }

    [Fact]
    public void Places_regions_no_division_matches_at_their_hand_chosen_point_before_villages_of_their_name()
    {
        var doc = Some.Report("Shelling continued across the Donbas on Tuesday, while militias attacked villages in Darfur and protests spread through Kashmir. Storms hit New England and the Midwest.", "2020-03-30");
        PlaceInfo P(string name) => doc.Entities.Single(e => e.Name == name).Place!;
        Assert.Equal(("area", "UA", 48.2, 38.4, "data/named-areas.tsv (a point inside the region, chosen by hand)"),
            (P("Donbas").Precision, P("Donbas").Country, Math.Round(P("Donbas").Latitude!.Value, 1), Math.Round(P("Donbas").Longitude!.Value, 1), P("Donbas").Source));
        // Not a ZIP code in Minnesota, nor Cashmere, Washington; Kashmir, divided by a line of control, is in no one state.
        Assert.Equal(("SD", ""), (P("Darfur").Country, P("Kashmir").Country));
        // Not the village of New England, North Dakota, nor Midwest, Wyoming.
        Assert.Equal(("area", 43.6, -71.6), (P("New England").Precision, Math.Round(P("New England").Latitude!.Value, 1), Math.Round(P("New England").Longitude!.Value, 1)));
        Assert.Equal(("area", "US", 42.0), (P("Midwest").Precision, P("Midwest").Country, Math.Round(P("Midwest").Latitude!.Value, 1)));
        // The Midlands of a British story are England's; of a Zimbabwean story, Zimbabwe's province.
        var midlands = PlaceOf("Factories across the Midlands closed, Birmingham council said.", "Midlands");
        Assert.Equal(("area", "GB"), (midlands.Precision, midlands.Country));
        var zimbabwe = PlaceOf("Drought hit the Midlands hardest, Zimbabwe's agriculture ministry said in Harare.", "Midlands");
        Assert.Equal(("admin1", "ZW"), (zimbabwe.Precision, zimbabwe.Country));
        // A region of a country is as precise as a province for an event: ACLED geo_precision 3.
        var doc2 = Some.Report("Militias attacked villages in Darfur on Monday, killing 12 people.", "2020-03-30");
        Assert.Equal(("Darfur", 3), (EventLocation.Of(doc2, doc2.Events[0])!.Place.Name, EventLocation.Of(doc2, doc2.Events[0])!.GeoPrecision));
        // The dictionary finds a region by a longer other name: "Nagorno-Karabakh Republic" is Nagorno-Karabakh.
        Assert.Equal(("area", "AZ"), (PlaceOf("Officials of the Nagorno-Karabakh Republic met on Monday.", "Nagorno-Karabakh").Precision, PlaceOf("Officials of the Nagorno-Karabakh Republic met on Monday.", "Nagorno-Karabakh").Country));
    }

    [Fact]
    public void Places_the_parts_of_Europe_and_Sub_Saharan_Africa_as_regions_of_their_states()
    {
        var doc = Some.Report("Prices rose across Southern Europe, Eastern Europe and Central Europe, and fell in Sub-Saharan Africa.", "2020-03-30");
        PlaceInfo P(string name) => doc.Entities.Single(e => e.Name == name).Place!;
        foreach (var name in (string[])["Southern Europe", "Eastern Europe", "Central Europe", "Sub-Saharan Africa"])
            Assert.Equal(("world-region", "data/world-regions.tsv (the mean of its countries' points)"), (P(name).Precision, P(name).Source));
        // Eastern Europe without Russia, whose point lies in Siberia: in Ukraine's west, not beyond the Urals.
        Assert.InRange(P("Eastern Europe").Longitude!.Value, 20, 30);
    }

    [Fact]
    public void A_building_named_after_a_town_of_the_story_stands_at_that_town_and_a_street_does_not()
    {
        var doc = Some.Report("A man was taken to Colchester General Hospital after the crash in Essex, England, police said. Protesters met in London, and the march went down Victoria Street. Mass was said at Holy Redeemer Church on Sunday.", "2020-03-30");
        PlaceInfo P(string name) => doc.Entities.Single(e => e.Name == name).Place!;
        var hospital = P("Colchester General Hospital");
        Assert.Equal(("city", "GB", null), (hospital.Precision, hospital.Country, hospital.GeoNameId));
        Assert.StartsWith("Colchester, the town it is named after: a building or site in or near it, at the town's point", hospital.Source);
        Assert.True(Km(hospital, 51.8892, 0.9042) < 1);
        // No Victoria in Hong Kong or the Seychelles, no town called Holy.
        Assert.Null(P("Victoria Street").Latitude);
        Assert.Null(P("Holy Redeemer Church").Latitude);
        // A road named after a town leads to it: "London Road" in a Brighton story is not in London.
        var brighton = Some.Report("Police in Brighton closed part of London Road after the fire on Sunday.", "2020-03-30");
        Assert.Null(brighton.Entities.Single(e => e.Name == "London Road").Place!.Latitude);
        // A building named after a person, in the country of a town of that name: "Lincoln Center" in a New York story is not in Nebraska.
        var manhattan = Some.Report("The orchestra played at Lincoln Center in Manhattan, New York, on Friday.", "2020-03-30");
        // (Lincoln, Nebraska lies at 96.7° W; New York at 74° W.)
        Assert.DoesNotContain(manhattan.Entities, e => e.Name == "Lincoln Center" && e.Place?.Longitude is < -90);
        // A state inside the name gives no point: "Texas Stadium" is no stadium at the middle of Texas.
        var dallas = Some.Report("Fans filled Texas Stadium in Irving on Sunday.", "2020-03-30");
        Assert.DoesNotContain(dallas.Entities, e => e.Name == "Texas Stadium" && e.Place?.Source?.Contains("the town it is named after") == true);
    }

    [Fact]
    public void Places_seas_and_rivers_news_names_and_an_ocean_before_a_town_called_so_by_another_name()
    {
        var doc = Some.Report("Fighters advanced west of the Euphrates on Monday. Migrants crossed the Mediterranean, and ships sailed the Atlantic from New York. Boats were moored on the River Thames.", "2020-03-30");
        PlaceInfo P(string name) => doc.Entities.Single(e => e.Name == name).Place!;
        // The Euphrates is found by the dictionary, the Mediterranean and the Atlantic by the tagger and the world gazetteer.
        Assert.Equal(("feature", 35.3, 40.2, "data/natural-features.tsv"), (P("Euphrates").Precision, Math.Round(P("Euphrates").Latitude!.Value, 1), Math.Round(P("Euphrates").Longitude!.Value, 1),
            doc.Entities.Single(e => e.Name == "Euphrates").Referent!.Source));
        Assert.Equal(("feature", 35.0, 18.0), (P("Mediterranean").Precision, P("Mediterranean").Latitude!.Value, P("Mediterranean").Longitude!.Value));
        // Not East Rockaway, New York, which GeoNames also calls Atlantic.
        Assert.Equal(("feature", 10.0, -25.0, "data/natural-features.tsv (a point inside the feature, chosen by hand)"),
            (P("Atlantic").Precision, P("Atlantic").Latitude!.Value, P("Atlantic").Longitude!.Value, P("Atlantic").Source));
        // The words after a comma keep the town: "Atlantic, Iowa" is no ocean.
        var iowa = PlaceOf("The county fair opened in Atlantic, Iowa, on Friday.", "Atlantic");
        Assert.Equal(("city", "US", "Iowa"), (iowa.Precision, iowa.Country, iowa.Admin1));
        // A river of several countries belongs to none; one that lies in one country is in it.
        Assert.Equal(("", "GB"), (P("Euphrates").Country, P("River Thames").Country));
        // "Thames" alone is left out of the dictionary: it is a water company's name too.
        Assert.DoesNotContain(Some.Report("Thames Water raised its bills on Monday.", "2020-03-30").Entities, e => e.IsPlace);
    }

    [Fact]
    public void A_town_said_to_lie_in_a_country_is_looked_up_there_and_one_the_gazetteer_lacks_stands_at_the_country()
    {
        // Written after a Guardian report of 2018: "Didim in south-west Turkey" stood at Turkey's centre, 700 km off.
        var didim = PlaceOf("He was on holiday at the resort of Didim in south-west Turkey when the police arrested him.", "Didim");
        Assert.True(Km(didim, 37.38, 27.26) < 5, $"{didim.Latitude}, {didim.Longitude}");
        Assert.Equal("TR", didim.Country);
        var shafa = PlaceOf("Families fled the village of Shafa in Syria.", "Shafa");
        Assert.Equal(("SY", "country"), (shafa.Country, shafa.Precision));
        // A division the tagger found: the town of that name inside it, not the division's point, nor the Richmond of Virginia.
        var richmond = PlaceOf("Flooding hit Richmond in North Yorkshire on Monday.", "Richmond");
        Assert.True(Km(richmond, 54.40, -1.74) < 5, $"{richmond.Latitude}, {richmond.Longitude}");
        var virginia = PlaceOf("Flooding hit Richmond in Virginia on Monday.", "Richmond");
        Assert.True(Km(virginia, 37.54, -77.44) < 10, $"{virginia.Latitude}, {virginia.Longitude}");
    }

    [Fact]
    public void Keeps_an_unknown_place_the_words_call_a_place_and_drops_a_weak_guess_at_a_name()
    {
        // (Baghuz was the unknown place here until data/places.tsv took the Guardian's spelling of Baghouz.)
        Assert.NotNull(Some.Resources.Ner);
        // The tagger is unsure of all five and the gazetteer knows none; the words say three are places
        // ("the enclave of", "across the", "west of the"). Without those words all three went.
        var doc = Some.Report("Families fled the enclave of Shafa on Monday. The fighters withdrew across the Khabur. Kurdish expansion west of the Zab was halted. "
            + "Wavepiston tested its device off the coast. Many young people convert to Islam after reading online.", "2019-03-01");
        Assert.Equal([("Shafa", "not in the gazetteer"), ("Khabur", "not in the gazetteer"), ("Zab", "not in the gazetteer")],
            doc.Entities.Where(e => e.IsPlace).Select(e => (e.Name, e.Place!.Unresolved)));
    }

    [Fact]
    public void Reads_Northern_Ireland_and_New_Mexico_as_places_of_their_own_naming_no_country_inside()
    {
        var doc = Some.Report("Talks resumed in Northern Ireland on Monday. Fires burned in New Mexico.", "2020-03-30");
        var place = doc.Entities.Single(e => e.Name == "Northern Ireland").Place!;
        Assert.Equal(("GB", "Northern Ireland", "admin1"), (place.Country, place.Admin1, place.Precision));
        Assert.Equal(("US", "New Mexico"), (doc.Entities.Single(e => e.Name == "New Mexico").Place!.Country, doc.Entities.Single(e => e.Name == "New Mexico").Place!.Admin1));
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Ireland" or "Mexico");
        // A continent and a region of states by their own names, not the north and middle of the US.
        var americas = Some.Report("Sales fell in North America and in Central America last year.", "2020-03-30");
        Assert.Equal([("North America", "country", "data/continents.tsv"), ("Central America", "world-region", "data/world-regions.tsv (the mean of its countries' points)")],
            americas.Entities.Where(e => e.IsPlace).Select(e => (e.Name, e.Place!.Precision, e.Place.Source)));
    }

    [Fact]
    public void Reads_a_team_s_town_by_the_town_the_article_names_alone()
    {
        var doc = Some.Report("HOUSTON (AP) - Chris Paul hit a late layup to lift the Houston Rockets to a 96-94 win on Monday.", "2018-03-10");
        var team = doc.Entities.Single(e => e.Name == "Houston Rockets").Place!;
        Assert.Equal(("city", "US", "Texas"), (team.Precision, team.Country, team.Admin1));
    }

    [Fact]
    public void Leaves_a_border_without_a_point_and_a_named_area_at_its_own()
    {
        var doc = Some.Report("Militants attacked a checkpoint near the Saudi border on Monday, while troops moved into eastern Ghouta.", "2020-03-30");
        var border = doc.Entities.Single(e => e.Name == "Saudi border").Place!;
        Assert.Equal((null, "a border: which side, and where along it, the text does not say"), (border.Latitude, border.Unresolved));
        var ghouta = doc.Entities.Single(e => e.Name == "eastern Ghouta").Place!;
        Assert.Equal((33.55, 36.45, "data/places.tsv"), (ghouta.Latitude!.Value, ghouta.Longitude!.Value, ghouta.Source));
    }

    [Fact]
    public void Reads_a_named_division_with_its_lower_case_word_as_the_division_not_as_a_country_inside_it()
    {
        var doc = Some.Report("Officials in East Azerbaijan province said an earthquake struck near Tabriz. Fighting in Benue state killed five. He backs a Jewish state.", "2020-03-30");
        var azerbaijan = doc.Entities.Single(e => e.Name == "East Azerbaijan province").Place!;
        Assert.Equal(("IR", "East Azerbaijan", "admin1"), (azerbaijan.Country, azerbaijan.Admin1, azerbaijan.Precision));
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Azerbaijan");
        Assert.Equal(("NG", "admin1"), (doc.Entities.Single(e => e.Name == "Benue state").Place!.Country, doc.Entities.Single(e => e.Name == "Benue state").Place!.Precision));
        Assert.DoesNotContain(doc.Entities, e => e.Name == "Jewish state");
    }

    [Fact]
    public void Reads_a_town_by_the_state_after_its_comma()
    {
        var place = PlaceOf("A storm hit Alexandria, Louisiana, on Monday. Crews from Pineville helped.", "Alexandria");
        Assert.Equal(("US", "Louisiana"), (place.Country, place.Admin1));
        Assert.True(Km(place, 31.3113, -92.4451) < 10);
    }

    [Fact]
    public void Lets_the_words_after_a_comma_move_a_dictionary_capital_abroad()
    {
        var doc = Some.Report("A tornado hit Paris, Texas, on Monday. Officials in Paris said nobody died.", "2020-03-30");
        var paris = doc.Entities.Single(e => e.Name == "Paris");
        Assert.Equal(("US", "Texas", (string?)null), (paris.Place!.Country, paris.Place.Admin1, paris.StandsFor?.Name));
        Assert.True(Km(paris.Place, 33.6609, -95.5555) < 10);
    }

    [Fact]
    public void Reads_an_ambiguous_name_by_the_country_the_article_is_about()
    {
        var place = PlaceOf("Egyptian police arrested 12 people in Alexandria on Friday after protests in Cairo and Giza, Egypt's interior ministry said.", "Alexandria");
        Assert.Equal("EG", place.Country);
        Assert.True(Km(place, 31.2018, 29.9158) < 10);
    }

    [Theory]
    [InlineData("Police in Jackson, Miss., said two men were arrested.", "Jackson", "US", "Mississippi")]
    [InlineData("Newark, N.J., officials agreed on Monday.", "Newark", "US", "New Jersey")]
    [InlineData("A fire destroyed a barn near Moncton, N.B., on Monday.", "Moncton", "CA", "New Brunswick")]
    [InlineData("Crews from Kelowna, B.C., arrived on Monday.", "Kelowna", "CA", "British Columbia")]
    [InlineData("The plant in London, ON, closed on Monday.", "London", "CA", "Ontario")]
    public void Reads_a_newspaper_s_state_or_province_abbreviation_after_a_town(string text, string town, string country, string state) =>
        Assert.Equal((country, state), (PlaceOf(text, town).Country, PlaceOf(text, town).Admin1));

    [Fact]
    public void Reads_a_Canadian_province_s_abbreviation_on_its_own()
    {
        var place = PlaceOf("Officials in N.S. said more help would come on Monday.", "N.S.");
        Assert.Equal(("CA", "Nova Scotia", "admin1"), (place.Country, place.Admin1, place.Precision));
    }

    [Fact]
    public void Reads_a_US_state_abbreviation_after_a_town()
    {
        var place = PlaceOf("Flooding closed roads in Long Beach, CA, on Tuesday.", "Long Beach");
        Assert.Equal("US", place.Country);
        Assert.True(Km(place, 33.7670, -118.1892) < 10);
    }

    [Theory]
    [InlineData("Roads in Columbus were closed on Monday.", "Ohio")]
    [InlineData("Flooding hit Macon and Valdosta on Monday, and roads in Columbus were closed.", "Georgia")]
    public void Reads_a_town_name_by_the_places_named_around_it_else_by_population(string text, string admin1) =>
        Assert.Equal(("US", admin1), (PlaceOf(text, "Columbus").Country, PlaceOf(text, "Columbus").Admin1));

    [Fact]
    public void Reads_a_town_by_the_country_most_of_the_article_s_places_are_in()
    {
        var place = PlaceOf("The Rockets lost in San Antonio on Friday before flying home to Houston and on to Sacramento.", "San Antonio");
        Assert.Equal(("US", "Texas", "city"), (place.Country, place.Admin1, place.Precision));
        Assert.True(Km(place, 29.4241, -98.4936) < 10);
    }

    [Theory]
    [InlineData("Police in Springfield arrested two men on Monday.", "Illinois")]
    [InlineData("Police in Springfield arrested two men on Monday, the governor of Missouri said.", "Missouri")]
    [InlineData("Police in Springfield arrested two men on Monday. Prosecutors in Massachusetts will charge them.", "Massachusetts")]
    public void Reads_a_town_by_the_state_the_article_names_elsewhere_else_by_its_rank(string text, string admin1) =>
        Assert.Equal(("US", admin1), (PlaceOf(text, "Springfield").Country, PlaceOf(text, "Springfield").Admin1));

    [Fact]
    public void Reads_a_bare_name_as_the_town_not_a_division_whose_name_adds_a_word()
    {
        // Jamaica's Portland Parish is "Portland" too, but a division named without its word is no likelier than the town.
        var place = PlaceOf("Police in Portland arrested three protesters on Monday.", "Portland");
        Assert.Equal(("US", "Oregon", "city"), (place.Country, place.Admin1, place.Precision));
    }

    [Fact]
    public void Reads_a_county_as_the_county_at_its_shape_s_centroid_and_the_bare_name_as_the_town()
    {
        var doc = Some.Report("Flooding closed roads across Dallas County on Monday, and schools in Dallas stayed shut.", "2020-03-30");
        var county = doc.Entities.Single(e => e.Name == "Dallas County").Place!;
        Assert.Equal(("US", "Texas", "admin2", WorldGazetteer.CountySource), (county.Country, county.Admin1, county.Precision, county.Source));
        Assert.True(Km(county, 32.77, -96.78) < 15);
        Assert.Equal("city", doc.Entities.Single(e => e.Name == "Dallas").Place!.Precision);
    }

    [Fact]
    public void Places_a_state_at_the_centroid_of_its_shape_and_a_British_county_by_its_name()
    {
        var alaska = PlaceOf("Earthquakes shook Alaska on Monday.", "Alaska");
        Assert.Equal(("admin1", WorldGazetteer.ShapeSource), (alaska.Precision, alaska.Source));
        // GeoNames puts Alaska at 64°N 150°W; the middle of its towns' extent was 178 km away.
        Assert.True(Km(alaska, 64.0, -150.0) < 161);
        var northamptonshire = PlaceOf("Police in Northamptonshire closed the road on Monday.", "Northamptonshire");
        Assert.Equal(("GB", "admin2"), (northamptonshire.Country, northamptonshire.Precision));
        Assert.True(Km(northamptonshire, 52.25, -0.83) < 30);
    }

    [Fact]
    public void Places_a_village_only_the_ZIP_code_table_knows()
    {
        var place = PlaceOf("A fire destroyed a barn in Amawalk, N.Y., on Sunday.", "Amawalk");
        Assert.Equal(("US", "New York", WorldGazetteer.ZipSource), (place.Country, place.Admin1, place.Source));
        Assert.True(Km(place, 41.28, -73.76) < 10);
    }

    [Fact]
    public void Reads_a_capital_s_name_listed_with_another_state_as_the_state_unless_its_comma_says_otherwise()
    {
        var state = PlaceOf("Tech firms have left western states such as California or Washington because of housing costs.", "Washington");
        Assert.Equal(("admin1", "US", "Washington"), (state.Precision, state.Country, state.Admin1));
        var capital = PlaceOf("Trips to Alaska, Hawaii, Florida and Washington, D.C., among many others, have paid off.", "Washington");
        Assert.Equal(("city", "US", 38.9, -77.04), (capital.Precision, capital.Country, Math.Round(capital.Latitude!.Value, 2), Math.Round(capital.Longitude!.Value, 2)));
        // Not a list the sentence calls states: the capital, standing for the government.
        foreach (var text in new[] { "Talks between Texas and Washington collapsed on Monday.", "In Texas, Washington is sending troops to the border." })
            Assert.Equal("city", PlaceOf(text, "Washington").Precision);
    }

    [Fact]
    public void Reads_a_town_s_name_ending_a_sentence_as_the_town_not_a_province_s_abbreviation_and_a_country_code_as_no_province()
    {
        var man = Some.Report("Ivorian troops said fighting broke out in Man.", "2020-03-30");
        Assert.Equal(("CI", "city"), (man.Entities.Single(e => e.Name == "Man").Place!.Country, man.Entities.Single(e => e.Name == "Man").Place!.Precision));
        var amsterdam = Some.Report("The company moved its offices to Amsterdam, NL, on Monday.", "2020-03-30");
        Assert.DoesNotContain(Sitrep.Evaluation.PlaceEvaluation.Toponyms(amsterdam, Some.Resources.Places, Some.Resources.PlaceWords, Some.Resources.StateAbbreviations), t => t.Precision == "admin1");
    }

    [Fact]
    public void Reads_the_capital_s_name_after_a_town_and_a_comma_as_the_state()
    {
        var state = PlaceOf("A baker from a cake studio in Tacoma, Washington shares tips for decorating cookies.", "Washington");
        Assert.Equal(("US", "Washington", "admin1"), (state.Country, state.Admin1, state.Precision));
        // "In Iraq, Washington is drawing down": the capital, standing for the government.
        var doc = Some.Report("In Iraq, Washington is drawing down its presence.", "2020-03-30");
        var capital = doc.Entities.Single(e => e.Name == "Washington");
        Assert.Equal(("District of Columbia", "United States government"), (capital.Place!.Admin1, capital.StandsFor?.Name));
    }

    [Fact]
    public void Reads_Korea_alone_as_South_Korea_and_North_Korea_as_itself()
    {
        var doc = Some.Report("Korea's Hyundai gained while North Korea tested a missile.", "2020-03-30");
        Assert.Equal(["KR", "KP"], doc.Entities.Where(e => e.Kind == EntityKind.Country).Select(e => e.Place!.Country));
    }

    [Fact]
    public void Leaves_a_name_only_a_foreign_ZIP_code_village_has_unplaced_and_says_why()
    {
        // Holyrood, Kansas, is a ZIP code's town of unknown size; a British story means the Scottish parliament.
        var place = PlaceOf("The minister spoke in Holyrood on Monday before talks in London and Leeds.", "Holyrood");
        Assert.Equal(((double?)null, "only villages of unknown size have this name, in countries the article does not name"), (place.Latitude, place.Unresolved));
    }

    [Fact]
    public void Reads_a_state_abbreviation_whose_dot_ends_the_sentence()
    {
        var doc = Some.Report("The Blazers flew on to Portland, Ore. The team trains in Eureka.", "2020-03-30");
        var oregon = doc.Entities.Single(e => e.Name == "Ore").Place!;
        Assert.Equal(("US", "Oregon", "admin1"), (oregon.Country, oregon.Admin1, oregon.Precision));
    }

    [Fact]
    public void Counts_the_state_after_a_town_s_comma_as_a_toponym_of_its_own()
    {
        var doc = Some.Report("A turkey was served at Whole Foods in Fresno, Calif. Crews came from Sacramento, California, on Monday.", "2020-03-30");
        var toponyms = Sitrep.Evaluation.PlaceEvaluation.Toponyms(doc, Some.Resources.Places, Some.Resources.PlaceWords, Some.Resources.StateAbbreviations);
        Assert.Equal(["Fresno", "Calif.", "Sacramento", "California"], toponyms.Select(t => doc.TextOf(t.Span)));
        Assert.Equal(["city", "admin1", "city", "admin1"], toponyms.Select(t => t.Precision));
    }

    [Fact]
    public void Reads_no_state_in_a_list_of_places_or_the_start_of_a_longer_name()
    {
        var doc = Some.Report("After stops in Washington, New York and Boston, he flew on. The firm has offices in Miami, West Palm Beach and Detroit.", "2020-03-30");
        var washington = doc.Entities.Single(e => e.Mentions(doc).Contains("Washington")).Place!;
        Assert.Equal("District of Columbia", washington.Admin1);
        var toponyms = Sitrep.Evaluation.PlaceEvaluation.Toponyms(doc, Some.Resources.Places, Some.Resources.PlaceWords, Some.Resources.StateAbbreviations);
        Assert.DoesNotContain(toponyms, t => doc.TextOf(t.Span) == "West");
    }

    [Fact]
    public void Finds_a_small_town_inside_a_name_only_beside_the_article_s_own_towns()
    {
        var local = Some.Report("The Beverly Hills Police Department was called to a house between Santa Monica and West Hollywood on Monday.", "2020-03-30");
        var toponyms = Sitrep.Evaluation.PlaceEvaluation.Toponyms(local, Some.Resources.Places, Some.Resources.PlaceWords, Some.Resources.StateAbbreviations);
        var beverlyHills = toponyms.Single(t => local.TextOf(t.Span) == "Beverly Hills");
        Assert.Equal("city", beverlyHills.Precision);
        Assert.True(GeoDistance.Km(beverlyHills.Latitude!.Value, beverlyHills.Longitude!.Value, 34.0736, -118.4004) < 5);
        // Far from the article's towns, a town of 34,000 people is no place inside a name.
        var far = Some.Report("The Beverly Hills Police Department sent a detective to Boston and Chicago on Monday.", "2020-03-30");
        Assert.DoesNotContain(Sitrep.Evaluation.PlaceEvaluation.Toponyms(far, Some.Resources.Places, Some.Resources.PlaceWords, Some.Resources.StateAbbreviations), t => far.TextOf(t.Span) == "Beverly Hills");
    }

    [Fact]
    public void Reads_a_county_dateline_in_capitals_and_a_town_beside_it()
    {
        var doc = Some.Report("HORRY COUNTY, SC (WMBF) - A homeless man slept on Atlantic Avenue in Garden City for a week.", "2020-03-30");
        var county = doc.Entities.Single(e => e.Mentions(doc).Contains("HORRY COUNTY")).Place!;
        Assert.Equal(("US", "South Carolina", "admin2", WorldGazetteer.CountySource), (county.Country, county.Admin1, county.Precision, county.Source));
        Assert.Equal("South Carolina", doc.Entities.Single(e => e.Name == "Garden City").Place!.Admin1);
    }

    [Fact]
    public void Reads_a_state_inside_a_name_as_the_state_not_a_country_abroad_in_an_American_story()
    {
        var doc = Some.Report("The team from Tacoma and Olympia will join the Georgia National Guard in Atlanta for the Super Bowl.", "2020-03-30");
        var georgia = Sitrep.Evaluation.PlaceEvaluation.Toponyms(doc, Some.Resources.Places, Some.Resources.PlaceWords, Some.Resources.StateAbbreviations).Single(t => doc.TextOf(t.Span) == "Georgia");
        Assert.Equal("admin1", georgia.Precision);
        Assert.True(GeoDistance.Km(georgia.Latitude!.Value, georgia.Longitude!.Value, 32.75, -83.5) < 161);
    }

    [Fact]
    public void Counts_every_country_s_demonym_as_its_toponym_but_not_a_region_s_or_an_embassy_s()
    {
        var doc = Some.Report("Russian-backed forces shelled the town as the Nigerian Army watched. Central American migrants queued at the Russian Embassy.", "2020-03-30");
        var toponyms = Sitrep.Evaluation.PlaceEvaluation.Toponyms(doc, Some.Resources.Places, Some.Resources.PlaceWords, Some.Resources.StateAbbreviations, Some.Resources.Entities);
        Assert.Equal([("Russian", 60.0, 100.0), ("Nigerian", 10.0, 8.0)],
            toponyms.Select(t => (doc.TextOf(t.Span), Math.Round(t.Latitude!.Value, 1), Math.Round(t.Longitude!.Value, 1))));
        // A continent's demonym names the continent, at GeoNames' point (data/continents.tsv).
        var europe = Some.Report("European leaders met on Monday.", "2020-03-30");
        var european = Sitrep.Evaluation.PlaceEvaluation.Toponyms(europe, Some.Resources.Places, Some.Resources.PlaceWords, Some.Resources.StateAbbreviations, Some.Resources.Entities).Single();
        Assert.Equal(("European", "country", 48.7, 9.1), (europe.TextOf(european.Span), european.Precision, Math.Round(european.Latitude!.Value, 1), Math.Round(european.Longitude!.Value, 1)));
    }

    [Fact]
    public void Counts_a_place_named_in_a_hyphenated_word_but_no_compass_word_or_unknown_acronym()
    {
        var doc = Some.Report("Matthieu Prin of London-based BOP Consulting flew on the Amsterdam-London train to the DPRK-South summit with AI-driven tools.", "2018-03-28");
        var toponyms = Sitrep.Evaluation.PlaceEvaluation.Toponyms(doc, Some.Resources.Places, Some.Resources.PlaceWords, Some.Resources.StateAbbreviations, Some.Resources.Entities);
        Assert.Equal(["London", "Amsterdam", "London", "DPRK"], toponyms.Select(t => doc.TextOf(t.Span)));
        Assert.Equal(("city", 51.5), (toponyms[0].Precision, Math.Round(toponyms[0].Latitude!.Value, 1)));
    }

    [Fact]
    public void Reads_a_name_the_tagger_ran_on_by_its_known_part_but_never_a_church_as_a_town()
    {
        var borno = PlaceOf("Boko Haram fighters attacked villages near Maiduguri Borno State on Monday.", "Maiduguri Borno State");
        Assert.Equal(("NG", "admin1"), (borno.Country, borno.Precision));
        var germany = PlaceOf("The students visited Nazi Germany sites.", "Nazi Germany");
        Assert.Equal(("DE", "country", 51.5, 10.5), (germany.Country, germany.Precision, germany.Latitude!.Value, germany.Longitude!.Value));
        // No town called Holy: the church stays unplaced.
        var church = PlaceOf("A service was held at Holy Redeemer Church on Sunday.", "Holy Redeemer Church");
        Assert.Equal(((double?)null, "not in the gazetteer"), (church.Latitude, church.Unresolved));
        // Only the best-known town of that name: not Manchester, New Hampshire, because the story is American.
        Assert.Null(PlaceOf("The American tycoon Malcolm Glazer raised his stake in Manchester United to 28 percent, the United States firm said.", "Manchester United").Latitude);
        // Directions alone are no part: not Cameroon's South-West Region, nor South Africa's North West.
        Assert.Null(PlaceOf("Labour held South West Edinburgh and Clwyd North West in 2005.", "South West Edinburgh").Latitude);
        Assert.Null(PlaceOf("Labour held South West Edinburgh and Clwyd North West in 2005.", "Clwyd North West").Latitude);
    }

    [Fact]
    public void Reads_a_division_s_seat_city_by_the_shared_name_unless_the_text_names_the_division()
    {
        var zurich = PlaceOf("Bankers met in Zurich on Monday.", "Zurich");
        Assert.Equal(("CH", "city"), (zurich.Country, zurich.Precision));
        var doc = Some.Report("Fighting spread across Idlib province on Monday.", "2020-03-30");
        Assert.Equal("admin1", doc.Entities.Single(e => e.Name == "Idlib province").Place!.Precision);
    }

    [Fact]
    public void Takes_no_direction_word_for_a_place_of_its_own()
    {
        var doc = Some.Report("Aid workers gathered in the West Wing on Monday.", "2020-03-30");
        Assert.Empty(Sitrep.Evaluation.PlaceEvaluation.Toponyms(doc, Some.Resources.Places, Some.Resources.PlaceWords));
    }

    [Fact]
    public void Leaves_an_unknown_name_unresolved_and_the_rest_placed()
    {
        var doc = Some.Report("Gunmen attacked a checkpoint in Qzxwvillea on Monday, and another near Mosul.", "2020-03-30");
        var unknown = doc.Entities.Single(e => e.Name == "Qzxwvillea").Place!;
        Assert.Equal(((double?)null, "not in the gazetteer"), (unknown.Latitude, unknown.Unresolved));
        Assert.True(Km(doc.Entities.Single(e => e.Name == "Mosul").Place!, 36.3350, 43.1189) < 10);
    }

    [Fact]
    public void Places_a_demonym_at_its_country()
    {
        var doc = Some.Report("Iraqi officials said the talks would resume.", "2020-03-30");
        var toponym = Sitrep.Evaluation.PlaceEvaluation.Toponyms(doc, Some.Resources.Places, Some.Resources.PlaceWords).Single();
        Assert.Equal(("Iraqi", "country"), (doc.TextOf(toponym.Span), toponym.Precision));
        Assert.Equal((33.0, 44.0), (Math.Round(toponym.Latitude!.Value, 1), Math.Round(toponym.Longitude!.Value, 1)));
    }

    [Fact]
    public void Places_a_name_with_a_generic_word_by_its_core()
    {
        // ("Mississippi State" is a town of its own in the ZIP code table.)
        var place = PlaceOf("Farmers across Iowa State protested on Monday.", "Iowa State");
        Assert.Equal(("US", "admin1"), (place.Country, place.Precision));
    }

    [Fact]
    public void Reads_a_dateline_town_in_capitals_as_a_place_not_an_acronym()
    {
        var doc = Some.Report("TORONTO — A young man and his mother have sued Toronto police and the city's transit authority.", "2020-03-30");
        var toronto = doc.Entities.Single(e => e.Mentions(doc).Contains("TORONTO"));
        Assert.Equal((EntityKind.Place, "CA"), (toronto.Kind, toronto.Place!.Country));
        Assert.True(Km(toronto.Place, 43.7001, -79.4163) < 10);
    }

    [Fact]
    public void Finds_a_well_known_place_inside_an_organisation_s_name_but_no_state_inside_a_building_s()
    {
        var doc = Some.Report("The Washington Post reported on Monday that the Manchester City Council had met.", "2020-03-30");
        var toponyms = Sitrep.Evaluation.PlaceEvaluation.Toponyms(doc, Some.Resources.Places, Some.Resources.PlaceWords);
        Assert.Equal([("Washington", "city"), ("Manchester", "city")], toponyms.Select(t => (doc.TextOf(t.Span), t.Precision)));
        // A university stands somewhere in its state, not at the state's middle.
        var university = Some.Report("Students at the University of California protested on Monday.", "2020-03-30");
        Assert.Empty(Sitrep.Evaluation.PlaceEvaluation.Toponyms(university, Some.Resources.Places, Some.Resources.PlaceWords));
    }

    [Fact]
    public void Counts_the_EU_as_its_states_land_at_the_union_s_centre_but_not_the_UN()
    {
        var doc = Some.Report("EU leaders told the United Nations on Monday that the EU would send aid.", "2018-03-28");
        var toponyms = Sitrep.Evaluation.PlaceEvaluation.Toponyms(doc, Some.Resources.Places, Some.Resources.PlaceWords);
        Assert.Equal([("EU", "world-region", 49.84, 9.9), ("EU", "world-region", 49.84, 9.9)],
            toponyms.Select(t => (doc.TextOf(t.Span), t.Precision, Math.Round(t.Latitude!.Value, 2), Math.Round(t.Longitude!.Value, 2))));
    }

    [Fact]
    public void Reads_a_town_inside_a_name_by_its_own_name_or_its_start_but_never_by_another_of_its_names()
    {
        // GeoNames lists "Venice" among Dayton's names; New York City is "New York" by the start of its own.
        var venice = Some.Report("The Venice Commission stated that the requirements should be dropped, the U.S. and the EU said.", "2018-03-28");
        Assert.Equal(["U.S.", "EU"], Sitrep.Evaluation.PlaceEvaluation.Toponyms(venice, Some.Resources.Places, Some.Resources.PlaceWords).Select(t => venice.TextOf(t.Span)));
        var times = Some.Report("The New York Times reported the deal on Monday.", "2018-03-28");
        var newYork = Sitrep.Evaluation.PlaceEvaluation.Toponyms(times, Some.Resources.Places, Some.Resources.PlaceWords).Single();
        Assert.Equal(("New York", "city", 40.71), (times.TextOf(newYork.Span), newYork.Precision, Math.Round(newYork.Latitude!.Value, 2)));
    }
}

file static class EntityMentions
{
    public static IEnumerable<string> Mentions(this Entity e, Sitrep.Documents.Document doc) =>
        doc.Mentions.Where(m => m.EntityId == e.Id).Select(m => doc.TextOf(m.Span));
}

using Sitrep.Tests.Support;

namespace Sitrep.Tests.Cli;

public class GazetteerCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => SitrepCommand.Run("", args);

    [Fact]
    public void Lists_every_place_of_a_name_most_people_first_with_its_source()
    {
        var (code, output, error) = Run("gazetteer", "find", "Venice");
        Assert.Equal((0, ""), (code, error));
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("geonameid\tname\tfeature\tcountry\tadmin1\tpopulation\tlat\tlon\tsource", rows[0]);
        // Dayton is listed: GeoNames gives it "Venice" as another name, and the list shows what the geocoder weighs.
        // Most people first: Dayton (137,644), then Venice (51,298), then Venice, California.
        Assert.StartsWith("4509884\tDayton\tCity\tUS\tOH\t137644\t", rows[1], StringComparison.Ordinal);
        Assert.Equal("3164603\tVenice\tAdmin1Seat\tIT\t20\t51298\t45.4371\t12.3327\tgeonames cities500", rows[2]);
        Assert.StartsWith("5405841\tVenice\tCity\tUS\tCA\t", rows[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Says_when_no_place_has_the_name()
    {
        var (code, output, error) = Run("gazetteer", "find", "Qqxzville");
        Assert.Equal(0, code);
        Assert.Equal("geonameid\tname\tfeature\tcountry\tadmin1\tpopulation\tlat\tlon\tsource", output.Trim());
        Assert.Contains("no place named 'Qqxzville'", error);
    }
}

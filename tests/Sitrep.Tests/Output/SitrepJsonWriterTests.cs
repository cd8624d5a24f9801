using Sitrep.Documents;
using System.Text.Json;
using Sitrep.Output;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Output;

public sealed class SitrepJsonWriterTests
{
    private static JsonElement Seed()
    {
        using var json = JsonDocument.Parse(SitrepJsonWriter.ToJson(Some.Seed()));
        return json.RootElement.Clone();
    }

    [Fact]
    public void Writes_the_sitrep_1_sections_in_order()
    {
        Assert.Equal(["schema", "source", "entities", "quantities", "times", "quotes", "claims", "events", "warnings"],
            Seed().EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public void Writes_a_person_with_title_role_and_mentions()
    {
        var barker = Seed().GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Vincent Barker");
        Assert.Equal(("person", "General", "Director of Sustainment"), (barker.GetProperty("kind").GetString(), barker.GetProperty("title").GetString(), barker.GetProperty("role").GetString()));
        var first = barker.GetProperty("mentions")[0];
        Assert.Equal(("Gen. Vincent Barker", "entities/persons:title"), (first.GetProperty("text").GetString(), first.GetProperty("decided_by").GetString()));
    }

    [Fact]
    public void Leaves_out_what_the_text_does_not_give()
    {
        var kirkuk = Seed().GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Kirkuk");
        Assert.False(kirkuk.TryGetProperty("title", out _));
        Assert.False(kirkuk.TryGetProperty("role", out _));
        var aid = Seed().GetProperty("events").EnumerateArray().First(e => e.GetProperty("type").GetString() == "AID" && !e.TryGetProperty("recipient", out _));
        Assert.Equal("hundreds of Humvees and trucks", Seed().GetProperty("quantities").EnumerateArray()
            .Single(q => q.GetProperty("id").GetString() == aid.GetProperty("quantities")[0].GetProperty("id").GetString()).GetProperty("span").GetProperty("text").GetString());
    }

    [Fact]
    public void Writes_an_event_with_codes_roles_date_status_evidence_and_summary()
    {
        var k1 = Seed().GetProperty("events").EnumerateArray().First(e => e.GetProperty("summary").GetString()!.Contains("K1 Air Base, handing it"));
        Assert.Equal(("RETREAT", "withdraw", "0874", "Non-violent transfer of territory", "2020-03-29", "own", "reported"),
            (k1.GetProperty("type").GetString(), k1.GetProperty("mode").GetString(), k1.GetProperty("cameo").GetString(),
             k1.GetProperty("acled").GetProperty("sub_event_type").GetString(), k1.GetProperty("date").GetProperty("value").GetString(),
             k1.GetProperty("date").GetProperty("basis").GetString(), k1.GetProperty("status").GetString()));
        Assert.Equal(5, k1.GetProperty("evidence").GetArrayLength());
        Assert.StartsWith("events/event-triggers.tsv:withdrawal (noun)", k1.GetProperty("decided_by").GetString());
    }

    [Fact]
    public void Writes_a_denial_that_points_at_the_claim_it_denies()
    {
        var claims = Seed().GetProperty("claims").EnumerateArray().ToArray();
        var denial = claims.Single(c => c.GetProperty("status").GetString() == "denied");
        var claim = claims.Single(c => c.GetProperty("id").GetString() == denial.GetProperty("denies").GetString());
        Assert.Equal(denial.GetProperty("id").GetString(), claim.GetProperty("denied_by").GetString());
    }
}

namespace GovGraph.Tests.Core;

public sealed class PropertyJsonTests
{
    [Fact]
    public void Whole_numbers_read_back_as_long_and_fractions_as_double()
    {
        // Regression: the conditional `TryGetInt64 ? long : double` widened every number to double.
        var json = PropertyJson.Serialize(new Dictionary<string, object?> { ["value"] = 100L, ["ratio"] = 0.5, ["name"] = "目标" });
        var back = PropertyJson.Deserialize(json);
        Assert.IsType<long>(back["value"]);
        Assert.Equal(100L, back["value"]);
        Assert.IsType<double>(back["ratio"]);
        Assert.Equal("目标", back["name"]);
    }
}

using GovGraph.Loader.Resolve;

namespace GovGraph.Tests.Resolve;

public class AgencyResolverTests
{
    static readonly AgencyResolver Resolver = new(RegionTable.Default);

    [Theory]
    [InlineData("县发改局", "五台县", "五台县发展和改革局")]
    [InlineData("县工信局", "五台县", "五台县工业和信息化局")]
    [InlineData("五台县发展和改革局", "五台县", "五台县发展和改革局")]
    [InlineData("市生态环境局五台分局", "五台县", "忻州市生态环境局五台分局")]
    [InlineData("县人社局", "交城县", "交城县人力资源和社会保障局")]
    public void Short_forms_resolve_to_one_canonical_name_in_the_documents_jurisdiction(string surface, string county, string canonical)
    {
        var agency = Resolver.Resolve(surface, county);
        Assert.Equal(canonical, agency.Canonical);
        Assert.False(agency.Collective);
    }

    [Fact]
    public void A_city_branch_belongs_to_the_city()
    {
        var agency = Resolver.Resolve("市生态环境局平顺分局", "平顺县");
        Assert.Equal("长治市生态环境局平顺分局", agency.Canonical);
        Assert.Equal("长治市", agency.Jurisdiction);
    }

    [Fact]
    public void The_full_form_the_file_prints_wins_over_the_usual_one()
    {
        var resolver = new AgencyResolver(RegionTable.Default, "……县住房和城乡建设管理局牵头……");
        Assert.Equal("五台县住房和城乡建设管理局", resolver.Resolve("县住建局", "五台县").Canonical);
        Assert.Equal("五台县住房和城乡建设局", Resolver.Resolve("县住建局", "五台县").Canonical);
    }

    [Theory]
    [InlineData("各乡（镇）人民政府")]
    [InlineData("县直各有关单位")]
    [InlineData("相关乡镇人民政府")]
    [InlineData("县人工影响天气工作领导小组各成员单位")]
    public void Collective_units_stay_collective(string surface) => Assert.True(Resolver.Resolve(surface, "五台县").Collective);
}

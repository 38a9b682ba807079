using Xunit.Abstractions;
using Xunit.Sdk;

namespace GovGraph.IntegrationTests.Store;

/// A fact of a contract suite: it runs in every concrete test class, and is reported as skipped (with the reason)
/// in a class marked <see cref="SkipUnlessEnvironmentAttribute"/> whose variable is not set.
[XunitTestCaseDiscoverer("GovGraph.IntegrationTests.Store.ContractFactDiscoverer", "GovGraph.IntegrationTests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContractFactAttribute : FactAttribute;

/// Runs the class's contract facts only when the environment variable is set (e.g. GOVGRAPH_NEO4J_URL).
[AttributeUsage(AttributeTargets.Class)]
public sealed class SkipUnlessEnvironmentAttribute(string variable) : Attribute
{
    public string Variable { get; } = variable;
}

public sealed class ContractFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var variable = testMethod.TestClass.Class.GetCustomAttributes(typeof(SkipUnlessEnvironmentAttribute))
            .Select(a => a.GetConstructorArguments().FirstOrDefault() as string).FirstOrDefault(v => v is not null);
        var reason = variable is not null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable))
            ? $"{variable} is not set" : null;
        yield return new ContractTestCase(diagnostics, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason);
    }
}

public sealed class ContractTestCase : XunitTestCase
{
    string? _skipReason;

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public ContractTestCase() { }

    public ContractTestCase(IMessageSink diagnostics, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method, string? skipReason)
        : base(diagnostics, display, options, method) => _skipReason = skipReason;

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _skipReason ?? base.GetSkipReason(factAttribute);

    public override void Serialize(IXunitSerializationInfo data)
    {
        data.AddValue("ContractSkipReason", _skipReason);
        base.Serialize(data);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _skipReason = data.GetValue<string>("ContractSkipReason");
        base.Deserialize(data);
    }
}

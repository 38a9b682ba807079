using System.Globalization;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.Api.Schema;

/// Argument checks shared by the resolvers: bad input becomes a GraphQL error that names the argument and the rule.
static class Args
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;
    public const string BadUserInput = "BAD_USER_INPUT";

    public static IGraphStore Store(this IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<IGraphStore>();

    public static GraphLoaders Loaders(this IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<GraphLoaders>();

    public static ExecutionError BadInput(string message) => new(message) { Code = BadUserInput };

    /// A page size (`first`, `last`): 0 to 100.
    public static int? PageSize(this IResolveFieldContext ctx, string name)
    {
        var value = ctx.GetArgument<int?>(name);
        if (value is < 0 or > MaxPageSize)
            throw BadInput($"Argument '{name}' must be between 0 and {MaxPageSize} (the maximum page size); got {value}.");
        return value;
    }

    public static int IntInRange(this IResolveFieldContext ctx, string name, int defaultValue, int min, int max)
    {
        var value = ctx.GetArgument(name, defaultValue);
        if (value < min || value > max)
            throw BadInput($"Argument '{name}' must be between {min} and {max}; got {value}.");
        return value;
    }

    public static string RequiredText(this IResolveFieldContext ctx, string name)
    {
        var value = ctx.GetArgument<string>(name)?.Trim();
        if (string.IsNullOrEmpty(value)) throw BadInput($"Argument '{name}' must not be empty.");
        return value;
    }

    public static IReadOnlyList<string>? OneOf(this IResolveFieldContext ctx, string name, IReadOnlyList<string> allowed)
    {
        var values = ctx.GetArgument<List<string>?>(name);
        if (values is null) return null;
        var unknown = values.Where(v => !allowed.Contains(v, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
            throw BadInput($"Argument '{name}' has unknown value(s) {string.Join(", ", unknown.Select(u => $"'{u}'"))}; expected any of {string.Join(", ", allowed)}.");
        return values;
    }

    /// An ISO date (2023-04-03), as the store compares dates by text.
    public static string? IsoDate(this IResolveFieldContext ctx, string name)
    {
        var value = ctx.GetArgument<string?>(name);
        if (value is null) return null;
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw BadInput($"Argument '{name}' must be an ISO date such as 2023-04-03; got '{value}'.");
        return value;
    }

    public static int? Year(this IResolveFieldContext ctx, string name)
    {
        var value = ctx.GetArgument<int?>(name);
        if (value is < 1900 or > 2100) throw BadInput($"Argument '{name}' must be a year between 1900 and 2100; got {value}.");
        return value;
    }
}

using GraphQLParser.AST;
using GraphQL.Types;

namespace GovGraph.Api.Schema;

/// `JSON`: a node's or edge's whole property bag, for clients that draw graphs and want every property without asking for each.
public sealed class JsonGraphType : ScalarGraphType
{
    public JsonGraphType()
    {
        Name = "JSON";
        Description = "A JSON object of properties (strings, numbers, booleans and lists of strings). Output only.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> bag => NodeProperties.ToJsonObject(bag),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => ThrowValueConversionError(value);

    public override object? ParseLiteral(GraphQLValue value) => ThrowLiteralConversionError(value);
}

using GraphQL.Types;

namespace GovGraph.Api.Schema;

/// Where a fact was read, so an analyst can open the place it came from.
public sealed class SourceType : ObjectGraphType<Source>
{
    public SourceType()
    {
        Name = "Source";
        Description = "Where a fact was read: the input file, the 1-based line in the file as given, the offset in the normalized text, and the evidence.";
        Field<NonNullGraphType<StringGraphType>>("file").Resolve(c => c.Source.File);
        Field<NonNullGraphType<IntGraphType>>("line").Resolve(c => c.Source.Line);
        Field<NonNullGraphType<IntGraphType>>("offset").Resolve(c => c.Source.Offset);
        Field<NonNullGraphType<StringGraphType>>("quote").Resolve(c => c.Source.Quote);
    }
}

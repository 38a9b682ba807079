using GovGraph.Api.Laws;
using GovGraph.Api.Schema;
using GovGraph.Api.Tasks;
using GraphQL.Types;

namespace GovGraph.Api.Targets;

/// A quantitative goal (目标): a metric, a value, a time.
public sealed class TargetType : ObjectGraphType<GraphNode>
{
    public TargetType()
    {
        Name = "Target";
        Description = "A quantitative goal: a metric, a comparator, a value with its unit, and a time.";
        this.AddNodeBasics(Labels.Target);
        this.Text("metric", Props.Metric, "What is measured (空气质量优良天数比例).");
        this.Text("value", Props.Value, "The number to reach, as text (75).");
        this.Text("unit", Props.Unit, "Its unit (%, 微克/立方米, 公顷).");
        this.Text("comparator", Props.Comparator, "≥, ≤, =, reduce-by …");
        this.Text("deadline", Props.Deadline, "By when (2025).");
        this.Text("text", Props.Text, "The sentence that sets it.");
        this.RelatedOne<LawType>("law", EdgeDirection.In, EdgeTypes.HasTarget, Labels.Law, "The document that sets it, when set at document level.");
        this.RelatedOne<TaskItemType>("task", EdgeDirection.In, EdgeTypes.HasTarget, Labels.Task, "The task that sets it, when set in a task.");
    }
}

public sealed class TargetConnectionType() : NodeConnectionType<TargetType, TargetEdgeType>("Target");

public sealed class TargetEdgeType() : NodeEdgeType<TargetType>("Target");

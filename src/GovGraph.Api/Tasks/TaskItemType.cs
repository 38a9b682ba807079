using GovGraph.Api.Agencies;
using GovGraph.Api.Laws;
using GovGraph.Api.Schema;
using GovGraph.Api.Targets;
using GraphQL.Types;

namespace GovGraph.Api.Tasks;

/// One numbered measure (重点任务) of a plan or notice; `Task` in GraphQL.
public sealed class TaskItemType : ObjectGraphType<GraphNode>
{
    public TaskItemType()
    {
        Name = "Task";
        Description = "One numbered measure (重点任务, 工作措施 …) of a plan or notice.";
        this.AddNodeBasics(Labels.Task);
        this.Text("title", Props.Title, "Its heading, if any.");
        this.Text("text", Props.Text, "The task's text.");
        this.Text("section", Props.Section, "Its section path in the plan (三/（一）/1).");
        this.Text("deadline", Props.Deadline, "The deadline, if stated.");
        this.RelatedList<AgencyType>("leadAgencies", EdgeDirection.In, EdgeTypes.Leads, Labels.Agency, "Agencies that lead this task (牵头单位).");
        this.RelatedList<AgencyType>("cooperatingAgencies", EdgeDirection.In, EdgeTypes.Cooperates, Labels.Agency, "Agencies that cooperate on it (配合/参与/协同/责任单位).");
        this.RelatedOne<LawType>("law", EdgeDirection.Out, EdgeTypes.PartOf, Labels.Law, "The plan or notice this task belongs to.");
        this.RelatedList<TargetType>("targets", EdgeDirection.Out, EdgeTypes.HasTarget, Labels.Target, "Quantitative targets set in this task.");
    }
}

public sealed class TaskConnectionType() : NodeConnectionType<TaskItemType, TaskEdgeType>("Task");

public sealed class TaskEdgeType() : NodeEdgeType<TaskItemType>("Task");

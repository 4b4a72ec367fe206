using System.Text.Json.Nodes;

namespace Netra.E2E.Simulator.Dialects;

/// <summary>A thread snapshot's fields, the same in every dialect's status_update (only the envelope differs).</summary>
public static class ThreadSnapshotJson
{
    public static JsonObject Data(ThreadSnapshot snapshot)
    {
        var data = new JsonObject
        {
            ["status"] = "thread_loaded",
            ["thread_id"] = snapshot.ThreadId,
            ["message"] = snapshot.Summary,
            ["recommendations"] = AnswerJson.Recommendations(snapshot.Recommendations),
        };
        if (snapshot.MonthlySpend is { } spend)
        {
            data["monthly_spend_usd"] = spend;
        }

        return data;
    }
}

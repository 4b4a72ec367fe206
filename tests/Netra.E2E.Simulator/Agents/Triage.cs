namespace Netra.E2E.Simulator.Agents;

public enum Intent { CostOptimization, PerformanceOptimization, DataAnalysis }

/// <summary>What a request is about when it names no agent, and which specialist answers it.</summary>
public static class Triage
{
    public static Intent IntentOf(RequestProfile profile)
    {
        if (profile.Scenario != Scenario.None || (profile.AsksData && !profile.AsksCost && !profile.AsksPerformance))
        {
            return Intent.DataAnalysis;
        }

        return profile.AsksPerformance && !profile.AsksCost && !profile.Comprehensive ? Intent.PerformanceOptimization : Intent.CostOptimization;
    }

    public static Func<string, RequestProfile, RunScript> AnalystFor(Intent intent) => intent switch
    {
        Intent.DataAnalysis => DataAnalyst.Analyse,
        Intent.PerformanceOptimization => PerformanceAnalyst.Analyse,
        _ => CostAnalyst.Analyse,
    };

    /// <summary>The sub-agent the deployed backend's supervisor hands a request of this intent to.</summary>
    public static string SpecialistFor(Intent intent) => intent switch
    {
        Intent.DataAnalysis => "unified_data_agent",
        Intent.PerformanceOptimization => "performance_optimizer",
        _ => "optimization_agent",
    };

    public static string NameOf(Intent intent) => intent switch
    {
        Intent.DataAnalysis => "data_analysis",
        Intent.PerformanceOptimization => "performance_optimization",
        _ => "cost_optimization",
    };
}

namespace Netra.E2E.Simulator.Runs;

/// <summary>Runs one connection's requests one after the other: each starts when the run before it has finished.</summary>
public sealed class RunQueue
{
    private readonly Lock _gate = new();
    private Task _tail = Task.CompletedTask;

    public void Enqueue(Func<Task> start)
    {
        lock (_gate)
        {
            _tail = AfterAsync(_tail, start);
        }
    }

    private static async Task AfterAsync(Task previous, Func<Task> start)
    {
        await previous;
        await start();
    }
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Netra.E2E.Simulator.Tests.Replay;

/// <summary>Keeps what the app logs as an error or worse, so a test can show that an ordinary end logged none.</summary>
public sealed class ErrorLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _errors = new();

    public IReadOnlyCollection<string> Errors => _errors.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ErrorLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log._errors.Enqueue($"{category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}

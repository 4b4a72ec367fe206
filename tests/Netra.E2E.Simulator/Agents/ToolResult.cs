using System.Collections;

namespace Netra.E2E.Simulator.Agents;

/// <summary>
/// What a tool found, as named facts in the order the agent states them. Values are strings, numbers, booleans or
/// lists of strings; the dialect writes them.
/// </summary>
public sealed class ToolResult : IEnumerable<KeyValuePair<string, object>>
{
    private readonly List<KeyValuePair<string, object>> _facts = [];

    public object this[string name]
    {
        get => _facts.First(f => f.Key == name).Value;
        set
        {
            if (value is not (string or int or long or double or decimal or bool or IReadOnlyList<string>))
            {
                throw new ArgumentException($"A tool fact is a string, number, boolean or list of strings; '{name}' is {value.GetType().Name}.", nameof(value));
            }

            var at = _facts.FindIndex(f => f.Key == name);
            if (at >= 0)
            {
                _facts[at] = new(name, value);
            }
            else
            {
                _facts.Add(new(name, value));
            }
        }
    }

    public int Count => _facts.Count;

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _facts.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

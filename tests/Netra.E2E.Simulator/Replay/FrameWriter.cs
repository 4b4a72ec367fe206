using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Netra.E2E.Simulator.Replay;

/// <summary>A recorded frame as sent: JSON compact with its key order kept, text as it was; placeholders substituted in every string.</summary>
public static class FrameWriter
{
    // Relaxed escaping: the frame's text stays as close to what the recorded server sent as JSON allows.
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(RecordedFrame frame, PlaceholderBinder placeholders)
    {
        if (frame.Json is not { } json)
        {
            return placeholders.Substitute(frame.Text!);
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            Write(writer, json, placeholders);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element, PlaceholderBinder placeholders)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value, placeholders);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item, placeholders);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(placeholders.Substitute(element.GetString()!));
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}

namespace Netra.E2E.Simulator.Wording.Paraphrased;

/// <summary>
/// Other wordings of the agents' recommendation titles. Every wording keeps the product or service the title names and
/// one more of its key words (<see cref="Keeps"/>), so a reader (or a follow-up) still knows which recommendation it is.
/// </summary>
public static class TitleWording
{
    public sealed record Rewording(IReadOnlyList<string> Keeps, IReadOnlyList<string> Variants);

    public static readonly IReadOnlyDictionary<string, Rewording> Table = new Dictionary<string, Rewording>(StringComparer.Ordinal)
    {
        ["Right-size over-provisioned EC2 instances"] = new(["EC2", "instances"], ["Downsize oversized EC2 instances", "Resize underused EC2 instances to smaller types", "Shrink idle EC2 instances"]),
        ["Commit steady workloads to Compute Savings Plans"] = new(["Savings Plans", "Compute"], ["Cover the steady baseline with Compute Savings Plans", "Buy Compute Savings Plans for always-on usage"]),
        ["Move infrequently accessed S3 objects to Intelligent-Tiering"] = new(["S3", "objects", "Intelligent-Tiering"], ["Shift cold S3 objects into Intelligent-Tiering", "Put rarely read S3 objects on Intelligent-Tiering"]),
        ["Apply Azure Hybrid Benefit to Windows Virtual Machines"] = new(["Azure Hybrid Benefit", "Windows"], ["Use Azure Hybrid Benefit for your Windows VMs", "Bring existing Windows licences under Azure Hybrid Benefit"]),
        ["Purchase Reserved VM Instances for baseline capacity"] = new(["Reserved VM Instances", "baseline"], ["Reserve the baseline with Reserved VM Instances", "Cover baseline capacity with Reserved VM Instances"]),
        ["Shift cold Blob Storage data to the Cool and Archive tiers"] = new(["Blob Storage", "Archive"], ["Tier cold Blob Storage data down to Cool and Archive", "Move untouched Blob Storage data to the Archive tier"]),
        ["Adopt Committed Use Discounts for Compute Engine"] = new(["Committed Use Discounts", "Compute Engine"], ["Cover Compute Engine with Committed Use Discounts", "Sign Committed Use Discounts for steady Compute Engine usage"]),
        ["Resize machine types flagged by Recommender"] = new(["Recommender", "machine types"], ["Downsize the machine types Recommender flags", "Apply Recommender's advice on oversized machine types"]),
        ["Set Cloud Storage lifecycle rules to Nearline and Coldline"] = new(["Cloud Storage", "lifecycle"], ["Add Cloud Storage lifecycle rules for Nearline and Coldline", "Use lifecycle rules to move Cloud Storage data to Nearline and Coldline"]),
        ["Right-size underused compute instances"] = new(["compute instances", "underused"], ["Downsize underused compute instances", "Shrink compute instances that sit underused"]),
        ["Reserve capacity for the steady baseline"] = new(["capacity", "baseline"], ["Commit to reserved capacity for the baseline", "Cover the always-on baseline with reserved capacity"]),
        ["Tier cold object storage and delete orphaned snapshots"] = new(["object storage", "snapshots"], ["Move cold object storage to cheaper tiers and remove orphaned snapshots", "Clean up orphaned snapshots and tier cold object storage"]),
        ["Add a read-through cache in front of the database"] = new(["cache", "database"], ["Put a read-through cache before the database", "Cache hot database queries with a read-through cache"]),
        ["Enable connection pooling and HTTP keep-alive"] = new(["connection pooling", "keep-alive"], ["Turn on connection pooling and HTTP keep-alive", "Use connection pooling with keep-alive"]),
        ["Move report generation to an asynchronous queue"] = new(["report generation", "queue"], ["Run report generation from an asynchronous queue", "Queue report generation asynchronously"]),
    };

    /// <summary>The title itself or one of its other wordings; a title not in the table keeps its words.</summary>
    public static string Reword(string title, Phrasing phrasing) =>
        Table.TryGetValue(title, out var rewording) ? phrasing.Pick([title, .. rewording.Variants]) : title;
}

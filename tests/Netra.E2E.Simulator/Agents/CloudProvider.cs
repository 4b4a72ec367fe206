namespace Netra.E2E.Simulator.Agents;

/// <summary>Provider-specific vocabulary, so that an AWS question gets an AWS answer.</summary>
public sealed record CloudProvider(
    string Name,
    string Compute,
    string Storage,
    string Database,
    IReadOnlyList<(string Title, string Detail, decimal Share)> CostPlays)
{
    public static readonly CloudProvider Aws = new("AWS", "EC2", "S3", "RDS",
    [
        ("Right-size over-provisioned EC2 instances", "Several EC2 instances average under 30% CPU; moving them to smaller m7i sizes keeps headroom for peaks.", 0.09m),
        ("Commit steady workloads to Compute Savings Plans", "The always-on baseline of EC2 and Fargate usage qualifies for a one-year Compute Savings Plan.", 0.07m),
        ("Move infrequently accessed S3 objects to Intelligent-Tiering", "Most S3 objects were not read in 90 days; Intelligent-Tiering moves them to cheaper access tiers automatically.", 0.04m),
    ]);

    public static readonly CloudProvider Azure = new("Azure", "Virtual Machines", "Blob Storage", "Azure SQL Database",
    [
        ("Apply Azure Hybrid Benefit to Windows Virtual Machines", "Existing Windows Server licences cover many Virtual Machines that are billed pay-as-you-go today.", 0.08m),
        ("Purchase Reserved VM Instances for baseline capacity", "Production Virtual Machines run around the clock; three-year reservations price that baseline far lower.", 0.08m),
        ("Shift cold Blob Storage data to the Cool and Archive tiers", "Lifecycle management policies can tier blobs untouched for 30 and 180 days.", 0.03m),
    ]);

    public static readonly CloudProvider Gcp = new("GCP", "Compute Engine", "Cloud Storage", "Cloud SQL",
    [
        ("Adopt Committed Use Discounts for Compute Engine", "Sustained vCPU and memory usage across regions fits resource-based committed use contracts.", 0.1m),
        ("Resize machine types flagged by Recommender", "Recommender reports idle and oversized Compute Engine VMs in two projects.", 0.06m),
        ("Set Cloud Storage lifecycle rules to Nearline and Coldline", "Backups and logs older than 30 days belong in Nearline, older than 90 days in Coldline.", 0.03m),
    ]);

    public static readonly CloudProvider Unnamed = new("cloud", "compute instances", "object storage", "managed databases",
    [
        ("Right-size underused compute instances", "Utilisation data shows compute instances sized for peaks that rarely come.", 0.08m),
        ("Reserve capacity for the steady baseline", "Commitment discounts price the always-on share of the fleet lower than on-demand rates.", 0.07m),
        ("Tier cold object storage and delete orphaned snapshots", "Storage holds snapshots of deleted volumes and data nobody has read for months.", 0.04m),
    ]);

    public static CloudProvider Detect(string lowerText)
    {
        if (ContainsWord(lowerText, "aws") || lowerText.Contains("amazon", StringComparison.Ordinal))
        {
            return Aws;
        }

        if (ContainsWord(lowerText, "azure"))
        {
            return Azure;
        }

        if (ContainsWord(lowerText, "gcp") || lowerText.Contains("google cloud", StringComparison.Ordinal))
        {
            return Gcp;
        }

        return Unnamed;
    }

    public string Environment => this == Unnamed ? "cloud environment" : $"{Name} environment";

    private static bool ContainsWord(string text, string word) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, $@"\b{word}\b");
}

using Briefings.Build;
using Briefings.Composition;
using Briefings.Corpus;
using Briefings.Definitions;
using Briefings.Delivery;
using Briefings.Tests.Build;

namespace Briefings.Tests.Delivery;

/// <summary>A scratch project of the three repository briefs with a <c>delivery</c> block and recipients, built once.</summary>
public sealed class DeliveryProject
{
    public const string Reader = "reader@example.org";
    public const string Archive = "archive@example.org";

    public DeliveryProject(string delivery, bool ownSeeds = false)
    {
        // The repository's briefs with this delivery block and these recipients instead of its own.
        var repository = System.IO.File.ReadAllText(Briefings.Testing.RepositoryRoot.File("briefs.yaml"));
        var briefs = repository[repository.IndexOf("\nbriefs:", StringComparison.Ordinal)..];
        var yaml = $"""
            seeds: seeds
            templates: templates
            output: out

            delivery:
            {delivery}

            defaults:
              email:
                to: [{Reader}]
                cc: [{Archive}]
              marking: UNCLASSIFIED // OPEN SOURCE
              prepared_by: Open-Source Analysis Desk
              label: Brief
            {briefs}
            """;
        Folder = new BuildFolder(yaml, ownSeeds);
        Build();
    }

    public BuildFolder Folder { get; }

    public BriefsFile File => new BriefsFileLoader().Load(Folder.BriefsFile);

    public string Output(string name) => Folder.Output(name);

    public string Outbox => Path.Combine(Folder.Root, "outbox");

    public BuildReport Build()
    {
        var file = File;
        // No edition date, as `briefings build` without SOURCE_DATE_EPOCH: so a CLI build in a test sees the same fingerprints.
        return new BriefBuilder(BriefPageStyle.Typesetter(ThemeFile.Load(file.TemplateFolder)), CorpusOptions.Default).Build(file, editionDate: null);
    }

    public IReadOnlyList<DeliveryResult> Deliver(IMailTransport transport, DeliveryOptions? options = null) =>
        new Deliverer(File, transport, TimeProvider.System).Deliver(options ?? DeliveryOptions.Default);

    public DeliveryLedger Ledger => DeliveryLedger.Open(Path.Combine(Folder.Root, "out"));
}

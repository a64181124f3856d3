package io.secplat.cli;

import io.secplat.jupiterone.BatchLimits;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.jupiterone.SyncJobSpec;
import io.secplat.jupiterone.SyncProgress;
import io.secplat.jupiterone.SyncReport;
import io.secplat.jupiterone.generated.model.SyncEntity;
import io.secplat.jupiterone.generated.model.SyncRelationship;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code secplat j1 sync FILE --scope S}: uploads a JSON or CSV file through a DIFF
 * synchronization job in batches, with a progress bar on stderr, and prints the finished job's
 * counts (a progress bar on standard error when it is a terminal). The file is read as it is uploaded (one pass to count, then one per kind).
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
    description = "Upload the entities and relationships of a JSON or CSV file through a DIFF synchronization job.")
final class J1SyncCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @ParentCommand
  J1Command j1;

  @Parameters(index = "0", paramLabel = "FILE", description = "A .json file ({\"entities\": [...], \"relationships\": [...]}) or a .csv file.")
  Path file;

  @Option(names = "--scope", required = true, description = "The scope the data replaces (DIFF: send all of it).")
  String scope;

  @Option(names = "--batch-size", defaultValue = "250", description = "Graph objects per upload (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Override
  public Integer call() {
    if (!Files.isReadable(file)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "cannot read " + file);
    }
    SyncFile source = new SyncFile(file);
    long total;
    try (Stream<SyncEntity> entities = source.entities(); Stream<SyncRelationship> relationships = source.relationships()) {
      total = entities.count() + relationships.count();
    }
    Progress bar = Commands.context(spec).progress(spec.commandLine().getErr(), total, "");
    SyncJobSpec job = SyncJobSpec.diff(scope).withBatchLimits(new BatchLimits(batchSize, BatchLimits.DEFAULT.maxBytes()))
        .withProgress((SyncProgress p) -> bar.show(p.entitiesSent() + p.relationshipsSent()));
    SyncReport report;
    try (ConnectionOptions.Session<JupiterOneClient> session = j1.open();
        Stream<SyncEntity> entities = source.entities();
        Stream<SyncRelationship> relationships = source.relationships()) {
      report = session.client.sync().run(job, entities, relationships);
    } finally {
      bar.done();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("job %s %s: entities %d uploaded, %d created, %d updated, %d deleted; relationships %d uploaded, %d created, "
            + "%d updated, %d deleted (%d uploads)%n",
        report.job().getId(), report.job().getStatus(), report.job().getNumEntitiesUploaded(), report.job().getNumEntitiesCreated(),
        report.job().getNumEntitiesUpdated(), report.job().getNumEntitiesDeleted(), report.job().getNumRelationshipsUploaded(),
        report.job().getNumRelationshipsCreated(), report.job().getNumRelationshipsUpdated(),
        report.job().getNumRelationshipsDeleted(), report.batches());
    out.flush();
    return 0;
  }
}

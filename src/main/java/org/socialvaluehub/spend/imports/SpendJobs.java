package org.socialvaluehub.spend.imports;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The spend import as a db-scheduler job, so any instance sharing the database can run it. */
@Configuration(proxyBeanMethods = false)
class SpendJobs {

    @Bean
    OneTimeTask<ImportJob> spendImportTask(SpendUploads uploads) {
        return Tasks.oneTime("spend-import", ImportJob.class)
                .execute((instance, context) ->
                        uploads.runImport(instance.getData().uploadId()));
    }

    /** Puts uploads on the job queue. */
    @Bean
    ImportQueue importQueue(
            ObjectProvider<Scheduler> scheduler, OneTimeTask<ImportJob> spendImportTask, SpendUploads uploads) {
        return id -> {
            uploads.queued(id);
            scheduler.getObject().schedule(spendImportTask.instance("upload-" + id, new ImportJob(id)), Instant.now());
        };
    }

    /** Puts an upload on the queue of background jobs. */
    @FunctionalInterface
    interface ImportQueue {
        void enqueue(long uploadId);
    }
}

package org.socialvaluehub.resources.content;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The library of resources: what the public finds, and how coordinators add, save and publish. */
@Service
public class ResourceLibrary {

    private final ResourceRepository repository;
    private final ResourceQueries queries;

    ResourceLibrary(ResourceRepository repository, ResourceQueries queries) {
        this.repository = repository;
        this.queries = queries;
    }

    public List<ResourceSummary> search(ResourceFilter filter) {
        return queries.search(filter);
    }

    public Optional<Resource> published(String slug) {
        return queries.find(slug);
    }

    public List<ResourceSummary> related(long id) {
        return queries.related(id, 5);
    }

    public List<ResourceSummary> forStage(String role, String stage) {
        return queries.forStage(role, stage, 6);
    }

    /** Adds a resource with its first version, as a draft; returns its id. */
    @Transactional
    public long add(String slug, ResourceKind kind, ResourceContent content, String savedBy) {
        long id = repository.insertItem(slug, kind);
        repository.insertVersion(id, content, savedBy);
        return id;
    }

    @Transactional
    public void saveDraft(long id, ResourceContent content, String savedBy) {
        repository.insertVersion(id, content, savedBy);
    }

    @Transactional
    public void publish(long id) {
        repository.publishLatest(id);
    }

    public boolean slugTaken(String slug) {
        return repository.slugTaken(slug);
    }

    public boolean isEmpty() {
        return repository.count() == 0;
    }

    public Optional<ResourceDraft> draft(long id) {
        return repository.latest(id);
    }

    public List<ResourceDraft.Listed> all() {
        return repository.all();
    }

    public List<ResourceDraft.Version> history(long id) {
        return repository.versions(id);
    }
}

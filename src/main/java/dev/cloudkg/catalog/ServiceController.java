package dev.cloudkg.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiPredicate;
import java.util.function.Function;

import dev.cloudkg.model.Direction;
import dev.cloudkg.model.FactKind;
import dev.cloudkg.model.Note;
import dev.cloudkg.model.PricingModel;
import dev.cloudkg.model.Relation;
import dev.cloudkg.model.Service;
import dev.cloudkg.model.Source;
import dev.cloudkg.model.Trait;
import dev.cloudkg.model.TraitValue;
import dev.cloudkg.system.BadRequestException;
import dev.cloudkg.system.GraphQlProperties;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The catalog of services over GraphQL. Nested lists are loaded for a whole page at once
 * ({@code @BatchMapping} and the {@code relations} data loader), so a page costs a fixed number of
 * statements whatever its size.
 */
@Controller
class ServiceController {

	private final ServiceQueries queries;

	private final GraphQlProperties properties;

	ServiceController(ServiceQueries queries, GraphQlProperties properties) {
		this.queries = queries;
		this.properties = properties;
	}

	@QueryMapping
	Service service(@Argument String id) {
		if (id.isBlank()) {
			throw new BadRequestException("service(id:) needs an id or a name, e.g. \"lambda\"");
		}
		return queries.byKey(id);
	}

	@QueryMapping
	ServiceConnection services(@Argument ServiceWhere where, @Argument List<ServiceOrder> orderBy,
			@Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection) {
		// first, orderBy and after were checked before execution (PageArgumentsValidation)
		int size = (first != null) ? first : properties.defaultPageSize();
		return queries.page(where, ServiceOrdering.of(orderBy), size, (after != null) ? Cursor.decode(after) : null,
				selection.contains("totalCount"));
	}

	@QueryMapping
	List<Note> notes() {
		return queries.notes();
	}

	@QueryMapping
	Note note(@Argument String id) {
		return queries.note(id);
	}

	@QueryMapping
	List<Trait> traits() {
		return queries.traitList();
	}

	@QueryMapping
	List<PricingModel> pricingModels() {
		return queries.pricingModels();
	}

	@BatchMapping
	Map<Service, List<PricingModel>> pricing(List<Service> services) {
		return perService(services, queries.pricing(ids(services)));
	}

	@BatchMapping
	Map<Service, List<TraitValue>> traits(List<Service> services) {
		return perService(services, queries.traits(ids(services)));
	}

	@SchemaMapping
	CompletableFuture<List<Relation>> relations(Service service, @Argument List<String> types,
			@Argument Direction direction, DataFetchingEnvironment environment) {
		DataLoader<RelationsKey, RelationsKey.Loaded> loader = environment.getDataLoader(RelationsKey.LOADER);
		RelationsKey.Level nested = nextLevel(environment.getSelectionSet());
		return loader.load(new RelationsKey(service.id(), (types != null) ? List.copyOf(types) : null,
				(direction != null) ? direction : Direction.OUT, nested))
				.thenApply(loaded -> {
					// the next level was read with this one: its fields find their answers in the loader's cache
					for (Relation relation : loaded.relations()) {
						List<Relation> next = loaded.nested().get(relation.service().id());
						if (next != null) {
							loader.prime(new RelationsKey(relation.service().id(), nested.types(), nested.direction()),
									new RelationsKey.Loaded(next, Map.of()));
						}
					}
					return loaded.relations();
				});
	}

	/**
	 * The {@code service { relations(...) }} beneath a {@code relations} field, when it is one field (no aliases
	 * with other arguments) and the last level of relations: it is read in the same statement. Null otherwise.
	 */
	private static RelationsKey.Level nextLevel(DataFetchingFieldSelectionSet selection) {
		List<graphql.schema.SelectedField> next = selection.getFields("service/relations");
		if (next.isEmpty() || !selection.getFields("service/relations/service/relations").isEmpty()) {
			return null;
		}
		Map<String, Object> arguments = next.get(0).getArguments();
		if (next.stream().anyMatch(f -> !f.getArguments().equals(arguments))) {
			return null;
		}
		Object types = arguments.get("types");
		Object direction = arguments.get("direction");
		return new RelationsKey.Level(
				(types instanceof List<?> list) ? list.stream().map(String::valueOf).toList() : null,
				(direction != null) ? Direction.valueOf(String.valueOf(direction)) : Direction.OUT);
	}

	@BatchMapping
	Map<Service, List<Note>> mentionedIn(List<Service> services) {
		return perService(services, queries.mentionedIn(ids(services)));
	}

	@BatchMapping(typeName = "Service", field = "sources")
	Map<Service, List<Source>> serviceSources(List<Service> services) {
		return sourcesOf(services, Service::id, (service, row) -> true);
	}

	@BatchMapping(typeName = "Relation", field = "sources")
	Map<Relation, List<Source>> relationSources(List<Relation> relations) {
		return sourcesOf(relations, Relation::subject, (relation, row) -> row.source().fact() == FactKind.RELATION
				&& relation.type().equals(row.type()) && relation.object().equals(row.target()));
	}

	@BatchMapping(typeName = "TraitValue", field = "sources")
	Map<TraitValue, List<Source>> traitSources(List<TraitValue> traits) {
		return sourcesOf(traits, TraitValue::serviceId,
				(trait, row) -> row.source().fact() == FactKind.TRAIT && trait.trait().id().equals(row.target()));
	}

	/** The kind of fact as the graph stores it ("timeLimit"), not the constant's name. */
	@SchemaMapping(typeName = "Source", field = "fact")
	String fact(Source source) {
		return source.fact().stored();
	}

	/**
	 * The sources of each item: one read of the statements about the items' services, then the rows
	 * that support the item.
	 */
	private <T> Map<T, List<Source>> sourcesOf(List<T> items, Function<T, String> serviceId,
			BiPredicate<T, ServiceQueries.SourceRow> supports) {
		Set<String> ids = new LinkedHashSet<>();
		items.forEach(item -> ids.add(serviceId.apply(item)));
		Map<String, List<ServiceQueries.SourceRow>> rows = queries.sources(ids);
		Map<T, List<Source>> result = new LinkedHashMap<>();
		for (T item : items) {
			result.put(item, rows.getOrDefault(serviceId.apply(item), List.of())
					.stream()
					.filter(row -> supports.test(item, row))
					.map(ServiceQueries.SourceRow::source)
					.toList());
		}
		return result;
	}

	@BatchMapping(typeName = "Note", field = "services")
	Map<Note, List<Service>> noteServices(List<Note> notes) {
		Map<String, List<Service>> byNote = queries.servicesOfNotes(notes.stream().map(Note::id).toList());
		Map<Note, List<Service>> result = new LinkedHashMap<>();
		notes.forEach(n -> result.put(n, byNote.getOrDefault(n.id(), List.of())));
		return result;
	}

	private static List<String> ids(List<Service> services) {
		return new ArrayList<>(new LinkedHashSet<>(services.stream().map(Service::id).toList()));
	}

	private static <T> Map<Service, List<T>> perService(List<Service> services, Map<String, List<T>> byId) {
		Map<Service, List<T>> result = new LinkedHashMap<>();
		services.forEach(s -> result.put(s, byId.getOrDefault(s.id(), List.of())));
		return result;
	}

}

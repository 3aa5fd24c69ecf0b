package dev.cloudkg.catalog;

import java.time.OffsetDateTime;
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
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.BatchLoaderEnvironment;
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

	private final AsOfCatalog asOf;

	private final AsOfGraph then;

	ServiceController(ServiceQueries queries, GraphQlProperties properties, AsOfCatalog asOf, AsOfGraph then) {
		this.queries = queries;
		this.properties = properties;
		this.asOf = asOf;
		this.then = then;
	}

	@QueryMapping
	Service service(@Argument String id, @Argument OffsetDateTime asOf, GraphQLContext context) {
		if (id.isBlank()) {
			throw new BadRequestException("service(id:) needs an id or a name, e.g. \"lambda\"");
		}
		return (asOf != null) ? this.asOf.service(id, asOf, cache(context)) : queries.byKey(id);
	}

	@QueryMapping
	ServiceConnection services(@Argument ServiceWhere where, @Argument List<ServiceOrder> orderBy,
			@Argument Integer first,
			@Argument String after, @Argument OffsetDateTime asOf, DataFetchingFieldSelectionSet selection,
			GraphQLContext context) {
		// first, orderBy and after were checked before execution (PageArgumentsValidation)
		int size = (first != null) ? first : properties.defaultPageSize();
		if (asOf != null) {
			return this.asOf.page(where, ServiceOrdering.of(orderBy), size,
					(after != null) ? Cursor.decode(after) : null, asOf, cache(context));
		}
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
	Map<Service, List<PricingModel>> pricing(List<Service> services, BatchLoaderEnvironment environment) {
		return perService(services, ids -> queries.pricing(ids), AsOfDerivation::pricing, cache(environment));
	}

	@BatchMapping
	Map<Service, List<TraitValue>> traits(List<Service> services, BatchLoaderEnvironment environment) {
		return perService(services, ids -> queries.traits(ids), AsOfDerivation::traits, cache(environment));
	}

	@SchemaMapping
	CompletableFuture<List<Relation>> relations(Service service, @Argument List<String> types,
			@Argument Direction direction, DataFetchingEnvironment environment) {
		if (service.asOf() != null) {
			Map<String, java.util.Optional<AsOfGraph.Snapshot>> cache = cache(environment.getGraphQlContext());
			AsOfGraph.Snapshot snapshot = then.snapshots(List.of(service.id()), service.asOf(), cache)
					.get(service.id());
			return CompletableFuture.completedFuture((snapshot == null)
					? List.of()
					: then.relations(snapshot, (types != null) ? List.copyOf(types) : null,
							(direction != null) ? direction : Direction.OUT, service.asOf(), cache));
		}
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
	Map<Service, List<Note>> mentionedIn(List<Service> services, BatchLoaderEnvironment environment) {
		return perService(services, ids -> queries.mentionedIn(ids), AsOfDerivation::mentionedIn, cache(environment));
	}

	@BatchMapping(typeName = "Service", field = "sources")
	Map<Service, List<Source>> serviceSources(List<Service> services, BatchLoaderEnvironment environment) {
		return sourcesOf(services, Service::id, Service::asOf, (service, row) -> true, cache(environment));
	}

	@BatchMapping(typeName = "Relation", field = "sources")
	Map<Relation, List<Source>> relationSources(List<Relation> relations, BatchLoaderEnvironment environment) {
		return sourcesOf(relations, Relation::subject, r -> r.service().asOf(),
				(relation, row) -> row.source().fact() == FactKind.RELATION && relation.type().equals(row.type())
						&& relation.object().equals(row.target()),
				cache(environment));
	}

	@BatchMapping(typeName = "TraitValue", field = "sources")
	Map<TraitValue, List<Source>> traitSources(List<TraitValue> traits, BatchLoaderEnvironment environment) {
		return sourcesOf(traits, TraitValue::serviceId, TraitValue::asOf,
				(trait, row) -> row.source().fact() == FactKind.TRAIT && trait.trait().id().equals(row.target()),
				cache(environment));
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
			Function<T, OffsetDateTime> asOf, BiPredicate<T, ServiceQueries.SourceRow> supports,
			Map<String, java.util.Optional<AsOfGraph.Snapshot>> cache) {
		Set<String> ids = new LinkedHashSet<>();
		items.stream().filter(item -> asOf.apply(item) == null).forEach(item -> ids.add(serviceId.apply(item)));
		Map<String, List<ServiceQueries.SourceRow>> rows = ids.isEmpty() ? Map.of() : queries.sources(ids);
		Map<OffsetDateTime, Map<String, AsOfGraph.Snapshot>> snapshots = snapshots(items, serviceId, asOf, cache);
		Map<T, List<Source>> result = new LinkedHashMap<>();
		for (T item : items) {
			List<ServiceQueries.SourceRow> sources = (asOf.apply(item) == null)
					? rows.getOrDefault(serviceId.apply(item), List.of())
					: sourceRows(snapshots.get(asOf.apply(item)).get(serviceId.apply(item)));
			result.put(item, sources
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

	/**
	 * The lists of each service: of those as they are now from {@code now} (one read for all), of those as they were
	 * at some time from their snapshot.
	 */
	private <T> Map<Service, List<T>> perService(List<Service> services,
			Function<List<String>, Map<String, List<T>>> now, Function<AsOfGraph.Snapshot, List<T>> then,
			Map<String, java.util.Optional<AsOfGraph.Snapshot>> cache) {
		List<String> current = new ArrayList<>(new LinkedHashSet<>(
				services.stream().filter(s -> s.asOf() == null).map(Service::id).toList()));
		Map<String, List<T>> byId = current.isEmpty() ? Map.of() : now.apply(current);
		Map<OffsetDateTime, Map<String, AsOfGraph.Snapshot>> snapshots = snapshots(services, Service::id,
				Service::asOf, cache);
		Map<Service, List<T>> result = new LinkedHashMap<>();
		for (Service s : services) {
			if (s.asOf() == null) {
				result.put(s, byId.getOrDefault(s.id(), List.of()));
			}
			else {
				AsOfGraph.Snapshot snapshot = snapshots.get(s.asOf()).get(s.id());
				result.put(s, (snapshot == null) ? List.of() : then.apply(snapshot));
			}
		}
		return result;
	}

	/** The snapshots of the items asked for as of a time, by that time and service id: one read per time. */
	private <T> Map<OffsetDateTime, Map<String, AsOfGraph.Snapshot>> snapshots(List<T> items,
			Function<T, String> serviceId, Function<T, OffsetDateTime> asOf,
			Map<String, java.util.Optional<AsOfGraph.Snapshot>> cache) {
		Map<OffsetDateTime, Set<String>> byTime = new LinkedHashMap<>();
		for (T item : items) {
			if (asOf.apply(item) != null) {
				byTime.computeIfAbsent(asOf.apply(item), k -> new LinkedHashSet<>()).add(serviceId.apply(item));
			}
		}
		Map<OffsetDateTime, Map<String, AsOfGraph.Snapshot>> result = new LinkedHashMap<>();
		byTime.forEach((time, ids) -> result.put(time, then.snapshots(ids, time, cache)));
		return result;
	}

	/** The snapshots this request has read (see {@link AsOfGraph#cache()}). */
	static Map<String, java.util.Optional<AsOfGraph.Snapshot>> cache(GraphQLContext context) {
		return context.computeIfAbsent(AsOfGraph.class.getName(), k -> AsOfGraph.cache());
	}

	static Map<String, java.util.Optional<AsOfGraph.Snapshot>> cache(BatchLoaderEnvironment environment) {
		return (environment.getContext() instanceof GraphQLContext context) ? cache(context) : null;
	}

	private static List<ServiceQueries.SourceRow> sourceRows(AsOfGraph.Snapshot snapshot) {
		if (snapshot == null) {
			return List.of();
		}
		return AsOfDerivation.sources(snapshot).stream()
				.map(f -> new ServiceQueries.SourceRow(f.source(), f.type(), f.target()))
				.toList();
	}

}

# Multi-stage: build the fat jar with the Maven wrapper, run it on a JRE 17.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY src src
COPY graph-seed graph-seed
RUN ./mvnw -q -B -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/cloudkg.jar cloudkg.jar
COPY graph-seed graph-seed
EXPOSE 8080
# With NEO4J_URI set (see docker-compose.yml) no embedded Neo4j is started.
ENTRYPOINT ["java", "-jar", "/app/cloudkg.jar"]

# One image for every newswire service; the command picks the part: ingest, enrich, sink, search...
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -q -B -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /opt/newswire
COPY --from=build /src /opt/newswire
# The launcher finds the build in place and does not rebuild: sources are older than the classpath file.
RUN touch app/target/newswire.classpath
ENTRYPOINT ["/opt/newswire/newswire"]
CMD ["--help"]

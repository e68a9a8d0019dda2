# syntax=docker/dockerfile:1
#
# The application as an image: built with the Maven wrapper, run on a Java 17 runtime as an unprivileged user, from
# Spring Boot's layers (the dependencies change rarely, the application's classes often, so a new build of the
# application ships only its own layer). Used by docker-compose.yml; CI does not build it (no Docker engine there).
#
#   docker build -t sonla-awards .
#
# The tests are not run here: they run in CI, before an image is built from the same commit.

FROM eclipse-temurin:17.0.16_8-jdk-noble AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY src/ src/
# The Maven cache survives between builds (BuildKit's cache mount), so a rebuild downloads nothing. The image always
# uses an external PostgreSQL: the embedded server's binaries for macOS and Windows are dead weight there.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/sonla-awards-*.jar extract --layers --launcher --destination /layers \
 && find /layers -name 'embedded-postgres-binaries-*' ! -name '*-linux-*' -delete

FROM eclipse-temurin:17.0.16_8-jre-noble
RUN groupadd --system awards \
 && useradd --system --gid awards --home-dir /app --no-create-home --shell /usr/sbin/nologin awards
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER awards:awards

# 8080: the pages (behind the reverse proxy); 8081: health and metrics, for the operators only.
ENV SERVER_PORT=8080 \
    AWARDS_MANAGEMENT_PORT=8081
EXPOSE 8080 8081
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8081/actuator/health || exit 1
# java is process 1 and receives the stop signal itself: requests in flight are finished (graceful shutdown, up to
# AWARDS_SHUTDOWN_TIMEOUT) before the application stops. More JVM options: JAVA_TOOL_OPTIONS.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]

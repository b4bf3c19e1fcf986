# Build: the Maven project to one runnable jar.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src src
RUN mvn -B -ntp -q package -DskipTests

# Run: a JRE, the jar, and the example routes and config (mount your own over /app/routes and /app/config).
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/stepcamel.jar /app/stepcamel.jar
COPY routes /app/routes
COPY config /app/config
VOLUME ["/app/routes", "/app/config", "/app/data"]
EXPOSE 8083
# Inside a container the API must listen on all interfaces to be reachable through a published port.
ENTRYPOINT ["java", "-jar", "/app/stepcamel.jar", "run", "--routes", "/app/routes", "--config", "/app/config", "--data", "/app/data", "--host", "0.0.0.0"]

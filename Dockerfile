# The govgraph command (load, serve, export …) in one image; docker-compose.yml runs it as the API and the loader.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The build copies GraphiQL and cytoscape.js from npm (tools/package.json) into the API assembly.
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/GovGraph.Cli/GovGraph.Cli.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1
# The non-root user the .NET images provide.
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "govgraph.dll"]
CMD ["serve", "--store", "neo4j", "--urls", "http://0.0.0.0:8080"]

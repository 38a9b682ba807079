using GovGraph.Api;

var builder = WebApplication.CreateBuilder(args);
builder.BindToLoopbackUnlessUrlsGiven();
builder.Services.AddGovGraphApi();

var app = builder.Build();
app.MapGovGraphApi();
app.Run();

namespace GovGraph.Cli;

static class ExitCodes
{
    public const int Ok = 0;
    /// Some input failed; the rest was done.
    public const int SomeFailed = 1;
    /// The command line or its arguments are wrong.
    public const int Usage = 2;
}

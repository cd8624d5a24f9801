using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Queue;

/// <summary>
/// A real NATS server with JetStream (Debian's nats-server; SITREP_NATS_SERVER names another) on
/// 127.0.0.1 and a free port, its store in a temporary directory. It can be stopped and started
/// again on the same port and store, as a broker restart would.
/// </summary>
public sealed class NatsServer : IDisposable
{
    private readonly TemporaryDirectory _dir = new();
    private Process? _process;

    public NatsServer()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        Start();
    }

    public int Port { get; }

    public string Url => $"nats://127.0.0.1:{Port}";

    private static string Binary => Environment.GetEnvironmentVariable("SITREP_NATS_SERVER") ?? "/usr/sbin/nats-server";

    public void Start()
    {
        Assert.True(File.Exists(Binary), $"The broker tests need nats-server at {Binary} (apt-get install nats-server; .ci/run installs it).");
        var info = new ProcessStartInfo(Binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-js", "-sd", _dir.Path, "-a", "127.0.0.1", "-p", Port.ToString() }) info.ArgumentList.Add(a);
        _process = Process.Start(info)!;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }
        throw new InvalidOperationException($"nats-server did not start on port {Port}.");
    }

    public void Stop()
    {
        if (_process is null) return;
        _process.Kill();
        _process.WaitForExit();
        _process.Dispose();
        _process = null;
    }

    public void Dispose()
    {
        Stop();
        _dir.Dispose();
    }
}

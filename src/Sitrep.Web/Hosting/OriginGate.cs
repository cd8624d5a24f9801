using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Sitrep.Web.Hosting;

/// <summary>
/// Two guards a browser needs. A write (any method but GET, HEAD, OPTIONS) from another site is
/// refused: a page elsewhere could otherwise post a report or a correction through the analyst's
/// browser (a text/plain form needs no preflight). Without a token, only requests addressed to
/// this machine by a loopback name are answered, so a name an attacker points at 127.0.0.1 (DNS
/// rebinding) reaches nothing. Scripts (curl, no Origin header) are unaffected.
/// </summary>
public static class OriginGate
{
    public static void UseOriginGate(this WebApplication app, bool loopbackNamesOnly)
    {
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (loopbackNamesOnly && !IsLoopbackName(request.Host.Host))
            {
                await TypedResults.Problem(statusCode: StatusCodes.Status421MisdirectedRequest, title: "Not addressed to this machine",
                    detail: $"Without --token this server answers only to 127.0.0.1, ::1 or localhost, not to '{request.Host.Host}'.").ExecuteAsync(context);
                return;
            }
            if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)) && FromElsewhere(request))
            {
                await TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "A write from another site",
                    detail: "Reports and corrections are accepted from this server's own page or from scripts, not from other sites.").ExecuteAsync(context);
                return;
            }
            await next(context);
        });
    }

    public static bool IsLoopbackName(string host)
    {
        host = host.Trim('[', ']');
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }

    private static bool FromElsewhere(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site is "cross-site" or "same-site") return true;
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return false;
        return !Uri.TryCreate(origin, UriKind.Absolute, out var uri) || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}

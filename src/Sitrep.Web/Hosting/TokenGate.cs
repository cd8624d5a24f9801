using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Sitrep.Web.Hosting;

/// <summary>
/// With a token, every request must carry it: as "Authorization: Bearer TOKEN" (scripts), or in
/// the HttpOnly cookie the login form sets (the page). Without it an API call gets 401 and a
/// page request goes to the login form. The login form itself and its stylesheet are open.
/// </summary>
public static class TokenGate
{
    public const string Cookie = "sitrep_token";

    public static void UseTokenGate(this WebApplication app, string token)
    {
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (path == "/login" || path == "/login.css" || Carries(context.Request, token))
            {
                await next(context);
                return;
            }
            if (path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi"))
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "A token is required",
                    detail: "This server was started with --token: send it as 'Authorization: Bearer TOKEN', or log in at /login.").ExecuteAsync(context);
                return;
            }
            context.Response.Redirect("/login");
        });
        app.MapPost("/login", async (HttpContext context) =>
        {
            if (!context.Request.HasFormContentType) return Results.Redirect("/login?failed=1");
            var form = await context.Request.ReadFormAsync();
            if (!Same(form["token"].ToString(), token)) return Results.Redirect("/login?failed=1");
            context.Response.Cookies.Append(Cookie, token, new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = context.Request.IsHttps, Path = "/",
            });
            return Results.Redirect("/");
        }).DisableAntiforgery().ExcludeFromDescription();
    }

    private static bool Carries(HttpRequest request, string token)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && Same(header["Bearer ".Length..].Trim(), token)) return true;
        return request.Cookies.TryGetValue(Cookie, out var cookie) && Same(cookie, token);
    }

    /// <summary>In constant time, so the answer's timing tells nothing about the token.</summary>
    private static bool Same(string given, string token) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

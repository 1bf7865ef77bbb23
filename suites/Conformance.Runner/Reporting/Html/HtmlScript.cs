namespace Conformance.Runner.Reporting.Html;

/// <summary>
/// The page's only script: opens the collapsed sections around a linked element, and copies a curl
/// line to the clipboard. The report reads fully without it.
/// </summary>
internal static class HtmlScript
{
    public const string Script = """
        function openTarget(){var t=document.getElementById(decodeURIComponent(location.hash.slice(1)));for(var e=t;e;e=e.parentElement){if(e.tagName==='DETAILS'){e.open=true;}}if(t){t.scrollIntoView();}}
        addEventListener('hashchange',openTarget);addEventListener('DOMContentLoaded',openTarget);
        document.addEventListener('click',function(e){var b=e.target.closest('button.copy');if(b&&navigator.clipboard){navigator.clipboard.writeText(b.parentElement.querySelector('code').textContent);b.textContent='copied';}});
        """;
}

namespace Conformance.Runner.Reporting.Html;

/// <summary>The page's inline style sheet: no web fonts, no external resources; prints legibly.</summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root{--pass:#1a7f37;--pass-bg:#dafbe1;--fail:#cf222e;--fail-bg:#ffebe9;--omit:#57606a;--omit-bg:#eaeef2;
        --xfail:#9a6700;--xfail-bg:#fff8c5;--info:#0969da;--info-bg:#ddf4ff;--unreach:#bc4c00;--border:#d0d7de;
        --muted:#59636e;--soft:#f6f8fa;--text:#1f2328}
        *{box-sizing:border-box}
        body{margin:0;font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;color:var(--text);background:#fff}
        main{max-width:1180px;margin:0 auto;padding:24px 28px 48px}
        a{color:var(--info);text-decoration:none}a:hover{text-decoration:underline}
        h1{font-size:22px;margin:0 0 4px}h2{font-size:20px;margin:0}h3{font-size:15px;margin:22px 0 8px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
        code,pre,.mono{font-family:ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,"Liberation Mono",monospace;font-size:12.5px}
        .meta{color:var(--muted);font-size:13px}.meta span+span:before{content:" · "}
        .verdict{border-radius:12px;padding:22px 26px;margin:18px 0 26px;color:#fff}
        .verdict.conformant{background:linear-gradient(135deg,#1a7f37,#2da44e)}
        .verdict.not-conformant{background:linear-gradient(135deg,#a40e26,#cf222e)}
        .verdict.unreachable{background:linear-gradient(135deg,#953800,#bc4c00)}
        .verdict .word{font-size:36px;font-weight:750;line-height:1.1}
        .verdict .why{font-size:15px;margin-top:6px;opacity:.95}
        .tally{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:12px;margin-top:16px}
        .tally div{background:rgba(255,255,255,.15);border-radius:8px;padding:8px 14px}
        .tally b{display:block;font-size:11px;text-transform:uppercase;letter-spacing:.06em;opacity:.85}
        .tally span{font-size:15px;font-weight:600}
        section.api{border-top:1px solid var(--border);padding-top:20px;margin-top:28px}
        .api-head{display:flex;justify-content:space-between;align-items:flex-start;gap:16px;flex-wrap:wrap}
        table{border-collapse:collapse;width:100%;margin:4px 0 12px}
        th,td{text-align:left;padding:7px 10px;border-bottom:1px solid var(--border);vertical-align:top}
        th{font-size:11px;color:var(--muted);text-transform:uppercase;letter-spacing:.05em;background:var(--soft)}
        td.num,th.num{text-align:right;white-space:nowrap}
        table.fixes td:nth-child(1){width:22%}table.fixes td:nth-child(2){width:36%}table.fixes td:nth-child(3){width:24%}
        table.fixes code{word-break:break-all}
        .sub{color:var(--muted);font-size:12.5px}
        .badge{display:inline-block;border-radius:999px;padding:1px 9px;font-size:12px;font-weight:600;white-space:nowrap}
        .badge.passed{color:var(--pass);background:var(--pass-bg)}.badge.failed{color:var(--fail);background:var(--fail-bg)}
        .badge.omitted{color:var(--omit);background:var(--omit-bg)}.badge.expected{color:var(--xfail);background:var(--xfail-bg)}
        .pill{display:inline-block;border-radius:6px;padding:3px 10px;font-weight:700;color:#fff;white-space:nowrap}
        .pill.conformant{background:var(--pass)}.pill.not-conformant{background:var(--fail)}.pill.unreachable{background:var(--unreach)}
        .check{display:inline-block;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;background:var(--fail-bg);color:var(--fail);border-radius:4px;padding:0 6px;margin:1px 2px 1px 0}
        details{border:1px solid var(--border);border-radius:8px;margin:8px 0;background:#fff}
        details>summary{cursor:pointer;padding:8px 12px;list-style:none;display:flex;gap:10px;align-items:center;flex-wrap:wrap}
        details>summary::-webkit-details-marker{display:none}
        details>summary:before{content:"▸";color:var(--muted);width:10px}details[open]>summary:before{content:"▾"}
        details>summary .grow{flex:1}
        details .inner{padding:2px 14px 12px 34px}
        details.failed{border-left:4px solid var(--fail)}details.expected{border-left:4px solid var(--xfail)}
        details.omitted{border-left:4px solid #afb8c1}details.passed{border-left:4px solid #4ac26b}
        details.flow>summary{font-size:15px;background:var(--soft);border-radius:8px}
        details.flow[open]>summary{border-bottom:1px solid var(--border);border-radius:8px 8px 0 0}
        details.mini{border:none;margin:4px 0}details.mini>summary{padding:2px 0;font-size:12.5px;color:var(--muted)}
        .finding{border-left:4px solid var(--fail);background:var(--fail-bg);padding:8px 12px;border-radius:6px;margin:8px 0}
        .finding.warning{border-color:#bf8700;background:var(--xfail-bg)}.finding.info{border-color:var(--info);background:var(--info-bg)}
        .finding.expected{border-color:var(--xfail);background:var(--xfail-bg)}
        .finding.info .check,.finding.warning .check,.finding.expected .check{background:rgba(31,35,40,.08);color:var(--text)}
        .finding .head{display:flex;gap:8px;align-items:baseline;flex-wrap:wrap}
        .finding .msg{margin:4px 0 2px;white-space:pre-wrap}
        .sev{font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.05em}
        .exchange{margin:12px 0 4px}
        .exchange .cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:12px}
        @media (max-width:900px){.exchange .cols{grid-template-columns:minmax(0,1fr)}}
        .panel{border:1px solid var(--border);border-radius:6px;overflow:hidden}
        .panel .title{background:var(--soft);padding:6px 10px;border-bottom:1px solid var(--border);font-size:12.5px;word-break:break-all}
        .panel pre{margin:0;padding:10px;max-height:420px;overflow:auto;white-space:pre-wrap;word-break:break-word;background:#fff}
        .panel .none{padding:10px;color:var(--muted);font-style:italic}
        .method{font-weight:700}
        .status{font-weight:700}.status.s2{color:var(--pass)}.status.s3{color:var(--info)}.status.s4{color:var(--xfail)}.status.s5{color:var(--fail)}
        .trunc{background:var(--xfail-bg);color:var(--xfail);font-size:12px;padding:4px 10px;border-top:1px solid var(--border)}
        .transport{color:var(--fail);font-weight:600;padding:10px}
        .curl{display:flex;gap:8px;align-items:flex-start;background:#24292f;color:#f6f8fa;border-radius:6px;padding:8px 10px;margin-top:8px}
        .curl code{flex:1;white-space:pre-wrap;word-break:break-all;color:#f6f8fa}
        .curl button{background:#57606a;color:#fff;border:0;border-radius:4px;padding:2px 8px;cursor:pointer;font-size:12px}
        .alert{border:1px solid var(--fail);background:var(--fail-bg);border-radius:8px;padding:10px 14px;margin:12px 0}
        .empty{color:var(--muted);font-style:italic}
        footer{margin-top:40px;color:var(--muted);font-size:12px;border-top:1px solid var(--border);padding-top:10px}
        .wide{overflow-x:auto}table.matrix td{word-break:break-word}
        .st{display:inline-block;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;border-radius:4px;padding:0 6px;margin:1px 2px 1px 0}
        .st.hit{background:var(--pass-bg);color:var(--pass)}.st.miss{background:var(--omit-bg);color:var(--omit);text-decoration:line-through}
        tr.miss td:first-child b{color:var(--fail)}ul.unreached{columns:2;margin:4px 0}
        @media (max-width:600px){main{padding:16px 12px 32px}ul.unreached{columns:1}table{display:block;overflow-x:auto}code,.mono{overflow-wrap:anywhere}details>summary>*{min-width:0;overflow-wrap:anywhere}.verdict .word{font-size:28px}}
        @media print{details{break-inside:avoid}.curl button{display:none}}
        """;
}

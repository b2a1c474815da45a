"""XSS payloads shared by the sanitiser unit test (tests/inprocess/test_html_cleaner.py)
and the browser test (tests/browser/test_xss.py)."""

#: Each sets window.__xss to its number if it ever runs.
PAYLOADS = [
    '<img src=x onerror="window.__xss=1">',
    '<svg onload="window.__xss=2"><circle r=1></svg>',
    '<details open ontoggle="window.__xss=3"><summary>s</summary></details>',
    '<iframe srcdoc="<script>parent.__xss=4</script>"></iframe>',
    '[click](javascript:window.__xss=5)',
    '<a href="javascript:window.__xss=6">click</a>',
    '<script>window.__xss=7</script>',
    '<div style="background:url(javascript:window.__xss=8)">styled</div>',
    '<style>@import "javascript:window.__xss=9";</style>',
    '[data](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTA8L3NjcmlwdD4=)',
    '<a href="data:text/html,<script>parent.__xss=11</script>">data link</a>',
    '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=12">',
    '<input autofocus onfocus="window.__xss=13">',
    '<video><source onerror="window.__xss=14"></video>',
    '<object data="javascript:window.__xss=15"></object>',
    '<body onload="window.__xss=16">',
    '<a href="JaVaScRiPt:window.__xss=17">mixed case</a>',
    '<a href="&#106;avascript:window.__xss=18">entity</a>',
    '![alt](x" onerror="window.__xss=19)',
    '<img src="x" alt="`<img src=x onerror=window.__xss=20>`">',
    '"><img src=x onerror=window.__xss=21>',
    "'><svg/onload=window.__xss=22>",
    '<marquee onstart="window.__xss=23">m</marquee>',
    '<form><button formaction="javascript:window.__xss=24">go</button></form>',
    '<embed src="javascript:window.__xss=25">',
    '<img src=x onerror=alert(26)>',
]

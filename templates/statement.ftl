<#ftl output_format="HTML">
<#-- A participant's attendance statement (what they hand to their employer or registry), rendered by the
     attendance function (StatementPage) on the site's layout; statement.css prints it on A4 without the site's
     header and footer. Model: lang, uri, alternate, name, period, issuedOn, meetings [{date, group, method, time,
     hours}], totalHours, years [{year, count, met}], rules {meetingsPerYear, hoursPerPeriod, periodYears},
     hoursFrom, hoursTo, windowHours, hoursMet. Dates and hours come formatted for the language. -->
<#import "layout.ftl" as layout>
<#assign en = (lang == "en")>
<#function meetingsWord n><#return (n == 1)?then(en?then("meeting", "bijeenkomst"), en?then("meetings", "bijeenkomsten"))></#function>
<#macro verdict met><#if met><strong class="statement__met">${en?then("met", "voldaan")}</strong><#else>${en?then("not met yet", "nog niet voldaan")}</#if></#macro>
<@layout.page title=en?then("Statement of intervision attendance – ", "Verklaring deelname intervisie – ") + name lang=lang
    stylesheet="/css/statement.css" noindex=true alternate=alternate uri=uri>
<div class="statement">
<h1>${en?then("Statement of intervision attendance", "Verklaring van deelname aan intervisie")}</h1>
<dl class="statement__facts">
<dt>${en?then("Participant", "Deelnemer")}</dt><dd>${name}</dd>
<dt>${en?then("Period", "Periode")}</dt><dd>${period}</dd>
<dt>${en?then("Issued on", "Afgegeven op")}</dt><dd>${issuedOn}</dd>
</dl>
<div class="statement__scroll" role="region" aria-labelledby="statement-caption" tabindex="0">
<table class="statement__table">
<caption id="statement-caption">${en?then("Intervision meetings attended", "Bijgewoonde intervisiebijeenkomsten")}</caption>
<thead><tr><th scope="col">${en?then("Date", "Datum")}</th><th scope="col">${en?then("Group", "Groep")}</th><th scope="col">${en?then("Method", "Methode")}</th><th scope="col">${en?then("Time", "Tijd")}</th><th scope="col" class="statement__number">${en?then("Hours", "Uren")}</th><th scope="col">${en?then("Facilitator", "Begeleider")}</th></tr></thead>
<tbody>
<#list meetings as m>
<tr><td>${m.date}</td><td>${m.group}</td><td>${m.method}</td><td>${m.time}</td><td class="statement__number">${m.hours}</td><td>${m.facilitator}</td></tr>
<#else>
<tr><td colspan="6">${en?then("No meetings in this period.", "Geen bijeenkomsten in deze periode.")}</td></tr>
</#list>
</tbody>
<tfoot><tr><th scope="row" colspan="4">${en?then("Total", "Totaal")} (${meetings?size} ${meetingsWord(meetings?size)})</th><td class="statement__number">${totalHours}</td><td></td></tr></tfoot>
</table>
</div>
<h2>${en?then("Against the requirement", "Getoetst aan de norm")}</h2>
<ul class="statement__totals">
<#list years as y>
<li>${y.year?c}: ${y.count} ${meetingsWord(y.count)} ${en?then("(requirement: at least ", "(norm: ten minste ")}${rules.meetingsPerYear} ${en?then("a year)", "per jaar)")} — <@verdict y.met/></li>
</#list>
<li>${en?then("Hours of intervision ", "Uren intervisie ")}${hoursFrom} – ${hoursTo}: ${windowHours} ${en?then("hours (requirement: ", "uur (norm: ")}${rules.hoursPerPeriod} ${en?then("hours per ", "uur per ")}${rules.periodYears} ${en?then("years)", "jaar)")} — <@verdict hoursMet/></li>
</ul>
<p class="statement__note">${en?then("Only date, times, method, facilitator and attendance are recorded. Nothing about what was discussed in the group is recorded.", "Vastgelegd zijn alleen datum, tijden, methode, begeleider en aanwezigheid. Over wat in de groep besproken is, wordt niets vastgelegd.")}</p>
<div class="statement__signature"><p>${en?then("Intervision coordinator", "Coördinator intervisie")}</p><p>${en?then("Date and signature", "Datum en handtekening")}</p></div>
<p class="statement__hint">${en?then("Print this page or save it as a PDF from your browser's print menu.", "Druk deze pagina af of bewaar haar als pdf via het afdrukmenu van uw browser.")}</p>
</div>
</@layout.page>

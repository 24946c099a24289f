<#ftl output_format="HTML">
<#-- The self-service page behind the personal link in every mail to an applicant (SelfServiceHandler), no
     account. Model: lang; state: person | bad | expired | gone | withdrawn | erased. For "person": base (the
     page's path, with the token), q ("?lang=en" or ""), person (what is stored, as text), status, group (or
     absent), done (what just succeeded, or absent), errors [{field, message}], values (the preference fields),
     version, waiting, placed (has a statement), canLeave, years (statement years). The preference fields are the sign-up form's macros. -->
<#import "layout.ftl" as layout>
<#import "signup-form.ftl" as signup>
<#assign en = (lang == "en")>
<#assign headings = en?then({"person": "Your sign-up", "bad": "This link does not work", "expired": "This link has expired",
    "gone": "Nothing stored (any more)", "withdrawn": "Your sign-up is withdrawn", "erased": "Your details are erased"},
    {"person": "Je aanmelding", "bad": "Deze link klopt niet", "expired": "Deze link is verlopen",
    "gone": "Niets (meer) bewaard", "withdrawn": "Je aanmelding is ingetrokken", "erased": "Je gegevens zijn gewist"})>
<#assign form = en?then("/en/sign-up/form.html", "/aanmelden/formulier.html")>
<@layout.page title=headings[state] lang=lang stylesheet="/css/form.css" noindex=true uri="api/me">
  <h1>${headings[state]}</h1>
<#if state == "bad">
  <p>${en?then("The link is incomplete, was changed, or has been replaced: links from before a security change no longer work. We show nothing through it.",
      "De link is niet compleet, is veranderd, of is vervangen: links van vóór een beveiligingswijziging werken niet meer. We tonen er niets mee.")}</p>
  <p>${en?then("A new link: sign up again with the same e-mail address. Nothing is stored twice; you receive an e-mail with a fresh link.",
      "Een nieuwe link: meld je opnieuw aan met hetzelfde e-mailadres. Er wordt niets dubbel bewaard; je krijgt een e-mail met een nieuwe link.")}</p>
  <p><a href="${form}">${en?then("To the sign-up form", "Naar het aanmeldformulier")}</a></p>
<#elseif state == "expired">
  <p>${en?then("Personal links work for 30 days. Every e-mail from us brings a new one.", "Persoonlijke links werken 30 dagen. Elke e-mail van ons bevat een nieuwe.")}</p>
  <p>${en?then("A new link now: sign up again with the same e-mail address. Nothing is stored twice; you receive an e-mail with a fresh link.",
      "Nu een nieuwe link: meld je opnieuw aan met hetzelfde e-mailadres. Er wordt niets dubbel bewaard; je krijgt een e-mail met een nieuwe link.")}</p>
  <p><a href="${form}">${en?then("To the sign-up form", "Naar het aanmeldformulier")}</a></p>
<#elseif state == "gone">
  <p>${en?then("We store no sign-up under this link: it was withdrawn, erased, or never confirmed (unconfirmed sign-ups are deleted after 48 hours).",
      "Onder deze link bewaren we geen aanmelding: die is ingetrokken, gewist of nooit bevestigd (onbevestigde aanmeldingen wissen we na 48 uur).")}</p>
  <p><a href="${form}">${en?then("To the sign-up form", "Naar het aanmeldformulier")}</a></p>
<#elseif state == "withdrawn">
  <p class="notice">${en?then("We have deleted your application. You are welcome to sign up again at any time.", "We hebben je aanmelding verwijderd. Je bent altijd welkom om je opnieuw aan te melden.")}</p>
  <p><a href="${en?then('/en/', '/')}">${en?then("Back to the home page", "Terug naar de startpagina")}</a></p>
<#elseif state == "erased">
  <p class="notice">${en?then("We have erased everything we stored about you. The coordinators were told (without your details). Backups keep erased data for at most 35 days.",
      "We hebben alles gewist wat we van je bewaarden. De coördinatoren zijn op de hoogte gebracht (zonder je gegevens). Back-ups bewaren gewiste gegevens hooguit 35 dagen.")}</p>
  <p><a href="${en?then('/en/', '/')}">${en?then("Back to the home page", "Terug naar de startpagina")}</a></p>
<#else>
  <#if done??>
  <p class="notice" role="status">${en?then({"preferences": "Your preferences are saved.", "left": "You have left your group. The coordinators were told."}[done]!"",
      {"preferences": "Je voorkeuren zijn opgeslagen.", "left": "Je hebt je groep verlaten. De coördinatoren zijn op de hoogte gebracht."}[done]!"")}</p>
  </#if>
  <#if errors?has_content>
  <div class="error-summary" role="region" id="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
  <h2 id="error-summary-title">${en?then("There is a problem", "Er ging iets mis")}</h2>
  <ul><#list errors as e><li>${e.message}</li></#list></ul>
  </div>
  </#if>
  <h2>${en?then("Where you stand", "Waar je staat")}</h2>
  <p><strong>${status}</strong><#if group??> — ${en?then("group", "groep")}: ${group}</#if></p>
  <h2>${en?then("What we store about you", "Wat we van je bewaren")}</h2>
  <dl class="stored">
  <#list person as row>
    <dt>${row.label}</dt><dd><#if row.value?has_content>${row.value}<#else>—</#if></dd>
  </#list>
  </dl>
  <p><a href="${base}/export${q}" download="${en?then('my-sign-up.json', 'mijn-aanmelding.json')}">${en?then("Download everything we store about you (JSON)", "Download alles wat we van je bewaren (JSON)")}</a></p>
  <#if waiting>
  <h2>${en?then("Change your preferences", "Je voorkeuren wijzigen")}</h2>
  <#assign sent = values in signup>
  <#assign messages = errorsByField in signup>
  <#assign en = en in signup>
  <form class="signup-form" method="post" action="${base}/preferences${q}" novalidate>
  <input type="hidden" name="version" value="${version}">
  <@signup.radios field="mode" legend=en?then("How do you want to take part?", "Hoe wil je deelnemen?")
      options=["in-person", "online", "either"] labels=en?then(["In person", "Online", "Either is fine"], ["Op locatie", "Online", "Allebei goed"])/>
  <@signup.where municipalities=municipalities/>
  <@signup.radios field="language" legend=en?then("In which language do you want intervision?", "In welke taal wil je intervisie?")
      options=["nl", "en"] labels=en?then(["Dutch", "English"], ["Nederlands", "Engels"])/>
  <@signup.availability/>
  <button type="submit" class="button">${en?then("Save my preferences", "Mijn voorkeuren opslaan")}</button>
  </form>
  <p>${en?then("Other details (name, organisation, people to avoid) change through the coordinators.", "Andere gegevens (naam, organisatie, wie je liever niet tegenkomt) wijzig je via de coördinatoren.")}</p>
  <h2>${en?then("Withdraw", "Afmelden")}</h2>
  <form method="post" action="${base}/withdraw${q}">
  <input type="hidden" name="version" value="${version}">
  <p>${en?then("No longer interested? Withdrawing deletes your application.", "Geen belangstelling meer? Afmelden verwijdert je aanmelding.")}</p>
  <button type="submit" class="button">${en?then("Withdraw my sign-up", "Mijn aanmelding intrekken")}</button>
  </form>
  </#if>
  <#if placed>
  <h2>${en?then("Your attendance statement", "Je verklaring van deelname")}</h2>
  <ul>
  <#list years as y><li><a href="${base}/statement${q}${q?has_content?then('&', '?')}year=${y?c}">${en?then("Statement", "Verklaring")} ${y?c}</a></li></#list>
  </ul>
  <#if canLeave>
  <h2>${en?then("Leave your group", "Je groep verlaten")}</h2>
  <form method="post" action="${base}/leave${q}">
  <p>${en?then("Leaving ends your membership today; your attendance so far stays on your statement. The coordinators are told.",
      "Verlaten beëindigt je lidmaatschap vandaag; je deelname tot nu toe blijft op je verklaring staan. De coördinatoren krijgen bericht.")}</p>
  <button type="submit" class="button">${en?then("Leave my group", "Mijn groep verlaten")}</button>
  </form>
  </#if>
  </#if>
  <h2>${en?then("Erase all your details", "Al je gegevens wissen")}</h2>
  <form method="post" action="${base}/erase${q}">
  <div class="field">
  <div class="choice">
  <input type="checkbox" id="sure" name="sure" value="on">
  <label for="sure">${en?then("Yes, erase everything you store about me, including my attendance. This cannot be undone.", "Ja, wis alles wat jullie van mij bewaren, ook mijn deelname. Dit kan niet ongedaan worden.")}</label>
  </div>
  </div>
  <button type="submit" class="button">${en?then("Erase my details", "Mijn gegevens wissen")}</button>
  </form>
</#if>
</@layout.page>

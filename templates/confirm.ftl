<#ftl output_format="HTML">
<#-- The page behind the link in the confirmation mail (SelfServiceHandler). Opening the link shows one button
     (state "ask"): mail scanners open links, and opening alone must change nothing; the button posts.
     Model: lang; state: ask | confirmed | already | expired | bad; action (ask: where the button posts);
     selfPath (confirmed, already: the person's self-service page); review (confirmed: an intake comes first). -->
<#import "layout.ftl" as layout>
<#assign en = (lang == "en")>
<#assign headings = en?then({"ask": "Confirm your sign-up", "confirmed": "Your sign-up is confirmed",
    "already": "Already confirmed", "expired": "This link no longer works", "bad": "This link does not work"},
    {"ask": "Bevestig je aanmelding", "confirmed": "Je aanmelding is bevestigd", "already": "Al bevestigd",
    "expired": "Deze link werkt niet meer", "bad": "Deze link klopt niet"})>
<@layout.page title=headings[state] lang=lang stylesheet="/css/form.css" noindex=true uri="api/confirm">
  <h1>${headings[state]}</h1>
  <#if state == "ask">
  <p>${en?then("Press the button to confirm that this e-mail address is yours and that you want to join an intervision group. Only then do we take your application into account.",
      "Druk op de knop om te bevestigen dat dit e-mailadres van jou is en dat je mee wilt doen aan een intervisiegroep. Pas dan nemen we je aanmelding in behandeling.")}</p>
  <form method="post" action="${action}">
    <button type="submit" class="button">${en?then("Confirm my sign-up", "Mijn aanmelding bevestigen")}</button>
  </form>
  <p>${en?then("Not you? Then close this page: without a confirmation the details are deleted within 48 hours.",
      "Heb je je niet aangemeld? Sluit dan deze pagina: zonder bevestiging worden de gegevens binnen 48 uur gewist.")}</p>
  <#elseif state == "confirmed" || state == "already">
  <#if state == "confirmed">
  <p class="notice">${en?then("Thank you. Your application is in: we have sent you an e-mail with your reference number.",
      "Dank je. Je aanmelding is binnen: we hebben je een e-mail gestuurd met je referentienummer.")}</p>
  <#if review>
  <p>${en?then("You did not confirm both conditions (basic training completed and formally appointed). That is no rejection: a coordinator will contact you for an intake conversation.",
      "Je hebt niet allebei de voorwaarden bevestigd (basisopleiding afgerond en formeel benoemd). Dat is geen afwijzing: een coördinator neemt contact met je op voor een intakegesprek.")}</p>
  </#if>
  <#else>
  <p>${en?then("This sign-up was confirmed before; nothing changed.", "Deze aanmelding was al bevestigd; er is niets veranderd.")}</p>
  </#if>
  <p><a href="${selfPath}">${en?then("See what we store about you, change your preferences or withdraw", "Bekijk wat we van je bewaren, wijzig je voorkeuren of meld je af")}</a></p>
  <#elseif state == "expired">
  <p>${en?then("Confirmation links work for 48 hours; after that we delete an unconfirmed sign-up. Please sign up again.",
      "Een bevestigingslink werkt 48 uur; daarna wissen we een onbevestigde aanmelding. Meld je opnieuw aan.")}</p>
  <p><a href="${en?then('/en/sign-up/form.html', '/aanmelden/formulier.html')}">${en?then("To the sign-up form", "Naar het aanmeldformulier")}</a></p>
  <#else>
  <p>${en?then("The link is incomplete or was changed. Open it again from the e-mail, or copy the whole address from it.",
      "De link is niet compleet of is veranderd. Open hem opnieuw vanuit de e-mail, of kopieer het hele adres daaruit.")}</p>
  <p><a href="${en?then('/en/sign-up/form.html', '/aanmelden/formulier.html')}">${en?then("To the sign-up form", "Naar het aanmeldformulier")}</a></p>
  </#if>
</@layout.page>

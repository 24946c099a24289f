<#ftl output_format="HTML">
<#-- The sign-up form: its one source. The static form pages render it empty (signup-page.ftl) and the sign-up
     function renders it again with what was sent and a message per field when a form sent without JavaScript
     has errors (signup-error.ftl). signup.js shows the same messages in place, in the same markup.
       lang: "nl" or "en"; values: field name -> text sent (several choices one per line); errors: list of {field
       (absent: the whole form), message}; municipalities: the packaged list ({name}) for the place field's suggestions.
     Field names, maxlength and the choices are those of SignupFields and SignupValidator (SignupFormTest checks).
     No blank lines between the macros: text outside them is output where this library is imported. -->
<#macro form lang="nl" values={} errors=[] municipalities=[]>
<#assign en = (lang == "en")>
<#assign sent = values>
<#assign messages = {}>
<#list errors as e>
  <#if e.field?? && !messages[e.field]??><#assign messages = messages + {e.field: e.message}></#if>
</#list>
<form class="signup-form" method="post" action="/api/signup<#if en>?lang=en</#if>" novalidate data-thanks="${en?then('/en/sign-up/thank-you.html', '/aanmelden/bedankt.html')}">
<div class="error-summary" role="region" id="error-summary" tabindex="-1" aria-labelledby="error-summary-title"<#if errors?has_content> autofocus<#else> hidden</#if>>
<h2 id="error-summary-title">${en?then("There is a problem", "Er zijn fouten gevonden")}</h2>
<ul><#list errors as e><li><#if e.field??><a href="#${target(e.field)}">${e.message}</a><#else>${e.message}</#if></li></#list></ul>
</div>
<p>${en?then("Fields marked ‘(required)’ must be filled in; you may leave the others empty.", "Velden met ‘(verplicht)’ moeten ingevuld worden; de andere mag je leeg laten.")}</p>
<@input field="name" type="text" label=en?then("Name", "Naam") autocomplete="name" max=100 required=true/>
<@input field="email" type="email" label=en?then("Work e-mail address", "E-mailadres op je werk")
    hint=en?then("We send the confirmation here.", "Hierheen sturen we de bevestiging.") autocomplete="email" max=254 required=true/>
<@input field="organisation" type="text" label=en?then("Organisation", "Organisatie")
    hint=en?then("The ministry, department or agency you work for.", "Ministerie, dienst of agentschap waar je werkt.")
    autocomplete="organization" max=150 required=true/>
<@input field="role" type="text" label=en?then("Job or role", "Functie of rol")
    hint=en?then("For example: confidential adviser for integrity.", "Bijvoorbeeld: vertrouwenspersoon integriteit.")
    autocomplete="organization-title" max=100 required=true/>
<fieldset class="field" id="field-conditions">
<legend>${en?then("Conditions (optional)", "Voorwaarden (niet verplicht)")}</legend>
<p class="hint" id="conditions-hint">${en?then("Cannot confirm one of these? Sign up anyway: a coordinator will first contact you for an intake conversation.", "Kun je iets niet bevestigen? Meld je toch aan: een coördinator neemt dan eerst contact met je op voor een intakegesprek.")}</p>
<div class="field<@invalidClass "basicTraining"/>" id="field-basicTraining">
<@checkbox field="basicTraining" hintId="conditions-hint"
    label=en?then("I have completed the basic training for confidential advisers.", "Ik heb de basisopleiding vertrouwenspersonen afgerond.")/>
</div>
<div class="field<@invalidClass "appointed"/>" id="field-appointed">
<@checkbox field="appointed" hintId="conditions-hint"
    label=en?then("I have been formally appointed as confidential adviser.", "Ik ben formeel benoemd als vertrouwenspersoon.")/>
</div>
</fieldset>
<@radios field="mode" legend=en?then("How do you want to take part? (required)", "Hoe wil je deelnemen? (verplicht)")
    options=["in-person", "online", "either"] labels=en?then(["In person", "Online", "Either is fine"], ["Op locatie", "Online", "Allebei goed"])/>
<@where municipalities=municipalities/>
<@radios field="language" legend=en?then("In which language do you want intervision? (required)", "In welke taal wil je intervisie? (verplicht)")
    hint=en?then("There are English-language online groups, among others for staff posted abroad.", "Er zijn ook Engelstalige online groepen, onder meer voor wie in het buitenland werkt.")
    options=["nl", "en"] labels=en?then(["Dutch", "English"], ["Nederlands", "Engels"]) preset=lang/>
<@availability/>
<@textarea field="avoid" label=en?then("People or organisations you would rather not share a group with (optional)", "Mensen of organisaties waarmee je liever niet in een groep zit (niet verplicht)")
    hint=en?then("In a group you must be able to speak freely. Name whom you would rather not meet there, for example because of a working relationship or a possible conflict of interest. One per line. We use this for placing you only.",
        "In een groep moet je vrijuit kunnen spreken. Noem wie je liever niet tegenkomt, bijvoorbeeld door een werkrelatie of mogelijke belangenverstrengeling. Eén per regel. We gebruiken dit alleen voor de indeling.")
    max=1000 rows=3/>
<@textarea field="remarks" label=en?then("Remarks (optional)", "Opmerkingen (niet verplicht)")
    hint=en?then("Do not write confidential information about reports or cases here.", "Schrijf hier geen vertrouwelijke informatie over meldingen of casussen.")
    max=2000 rows=4/>
<div class="field<@invalidClass "consent"/>" id="field-consent">
<#if en>
<p class="hint" id="consent-hint">What we do with your details and how long we keep them is in the <a href="/en/privacy.html">privacy statement</a>.</p>
<#else>
<p class="hint" id="consent-hint">Wat we met je gegevens doen en hoe lang we ze bewaren, staat in de <a href="/privacy.html">privacyverklaring</a>.</p>
</#if>
<@checkbox field="consent" hintId="consent-hint"
    label=en?then("I agree to the use of my details for placing me in an intervision group (required).", "Ik geef toestemming om mijn gegevens te gebruiken voor de indeling in een intervisiegroep (verplicht).")/>
</div>
<#-- Honeypot: hidden from view and from the tab order; people leave it empty, naive bots fill it. -->
<div class="hp">
<label for="website">${en?then("Leave this field empty", "Laat dit veld leeg")}</label>
<input id="website" name="website" type="text" tabindex="-1" autocomplete="off" value="${sent.website!""}">
</div>
<input type="hidden" name="lang" value="${lang}">
<button type="submit" class="button">${en?then("Send sign-up", "Aanmelding versturen")}</button>
</form>
</#macro>
<#-- Where an error summary link goes: the field itself, or the first option of a group of radio buttons (the
     focus lands there; form.css keeps its label or legend in view). -->
<#function target field>
  <#if field == "mode"><#return "mode-in-person"></#if>
  <#if field == "language"><#return "language-nl"></#if>
  <#if field == "availability"><#return "availability-any"></#if>
  <#if ["name", "email", "organisation", "role", "basicTraining", "appointed", "municipality", "postcode",
      "avoid", "remarks", "consent"]?seq_contains(field)><#return field></#if>
  <#return "error-summary">
</#function>
<#macro invalidClass field><#if messages[field]??> field-invalid</#if></#macro>
<#-- The field's message, when it has one (between the label and hint, and the control). -->
<#macro error field>
<#if messages[field]??>
<p class="field-error" id="${field}-error"><span class="visually-hidden">${en?then("Error: ", "Fout: ")}</span>${messages[field]}</p>
</#if>
</#macro>
<#-- aria-describedby (the hint and the message) and aria-invalid, for a control. -->
<#macro described field hintId="" invalid=true>
<#local ids = [hintId, (messages[field]??)?then(field + "-error", "")]?filter(id -> id?has_content)>
<#if ids?has_content> aria-describedby="${ids?join(" ")}"</#if><#if invalid && messages[field]??> aria-invalid="true"</#if><#t>
</#macro>
<#macro input field type label max hint="" autocomplete="" required=false>
<div class="field<@invalidClass field/>" id="field-${field}">
<label for="${field}">${label}<#if required> ${en?then("(required)", "(verplicht)")}</#if></label>
<#if hint?has_content>
<p class="hint" id="${field}-hint">${hint}</p>
</#if>
<@error field/>
<input id="${field}" name="${field}" type="${type}" maxlength="${max?c}"<#if autocomplete?has_content> autocomplete="${autocomplete}"</#if><#if type == "email"> spellcheck="false"</#if><#if required> required</#if><@described field=field hintId=hint?has_content?then(field + "-hint", "")/> value="${sent[field]!""}">
</div>
</#macro>
<#macro textarea field label hint max rows>
<div class="field<@invalidClass field/>" id="field-${field}">
<label for="${field}">${label}</label>
<p class="hint" id="${field}-hint">${hint}</p>
<@error field/>
<textarea id="${field}" name="${field}" rows="${rows?c}" maxlength="${max?c}"<@described field=field hintId=field + "-hint"/>>${sent[field]!""}</textarea>
</div>
</#macro>
<#macro select field label empty options>
<div class="field<@invalidClass field/>" id="field-${field}">
<label for="${field}">${label}</label>
<@error field/>
<select id="${field}" name="${field}"<@described field/>>
<option value="">${empty}</option>
<#list options as option>
<option value="${option}"<#if (sent[field]!"") == option> selected</#if>>${option}</option>
</#list>
</select>
</div>
</#macro>
<#-- A group of radio buttons: the fieldset is described by the hint and the message; each option carries
     aria-invalid (the state belongs to the inputs, not to the group). -->
<#macro radios field legend options labels hint="" preset="">
<#local chosen = sent[field]!preset>
<fieldset class="field<@invalidClass field/>" id="field-${field}"<@described field=field hintId=hint?has_content?then(field + "-hint", "") invalid=false/>>
<legend>${legend}</legend>
<#if hint?has_content>
<p class="hint" id="${field}-hint">${hint}</p>
</#if>
<@error field/>
<#list options as option>
<div class="choice">
<input type="radio" id="${field}-${option}" name="${field}" value="${option}"<#if option == chosen> checked</#if><#if messages[field]??> aria-invalid="true"</#if>>
<label for="${field}-${option}">${labels[option?index]}</label>
</div>
</#list>
</fieldset>
</#macro>
<#macro checkbox field label hintId>
<@error field/>
<div class="choice">
<input type="checkbox" id="${field}" name="${field}" value="on"<#if ["on", "true", "yes", "1"]?seq_contains(sent[field]!"")> checked</#if><@described field=field hintId=hintId/>>
<label for="${field}">${label}</label>
</div>
</#macro>
<#-- Where an in-person applicant is: a municipality of the packaged list (typed, with the list as suggestions; the
     server checks it) and, when the packaged data knows it, a postcode. Only the municipality is kept. -->
<#macro where municipalities>
<fieldset class="field" id="field-where" aria-describedby="where-hint">
<legend>${en?then("Where would you like a group nearby? (required for groups in person)", "Waar wil je een groep in de buurt? (verplicht voor groepen op locatie)")}</legend>
<p class="hint" id="where-hint">${en?then("Needed if you want to meet in person, or either way. We use your place only to work out the distance to a group, and we keep only the municipality, not your address.",
    "Nodig als je op locatie wilt deelnemen, of allebei goed vindt. We gebruiken je plaats alleen om de afstand tot een groep te bepalen, en we bewaren alleen de gemeente, niet je adres.")}</p>
<div class="field<@invalidClass "municipality"/>" id="field-municipality">
<label for="municipality">${en?then("Municipality where you live or work", "Gemeente waar je woont of werkt")}</label>
<p class="hint" id="municipality-hint">${en?then("Type the name and choose it from the list, for example Groningen.", "Typ de naam en kies hem uit de lijst, bijvoorbeeld Groningen.")}</p>
<@error "municipality"/>
<input id="municipality" name="municipality" type="text" maxlength="100" autocomplete="off" list="municipality-list"<@described field="municipality" hintId="municipality-hint"/> value="${sent.municipality!""}">
<p class="hint credit">${en?then("Municipalities and where they lie:", "Gemeenten en hun ligging:")} <a href="https://www.geonames.org/" lang="en">GeoNames</a> (CC BY 4.0)</p>
<datalist id="municipality-list">
<#list municipalities as m><option value="${m.name}"></option></#list>
</datalist>
</div>
<div class="field<@invalidClass "postcode"/>" id="field-postcode">
<label for="postcode">${en?then("Postcode (optional)", "Postcode (niet verplicht)")}</label>
<p class="hint" id="postcode-hint">${en?then("For example 9712 CP. We can use a postcode only if we know it, and we have no open list of postcodes yet: so fill in your municipality too.",
    "Bijvoorbeeld 9712 CP. We kunnen een postcode alleen gebruiken als we hem kennen, en een open postcodebestand hebben we nog niet: vul daarom ook je gemeente in.")}</p>
<@error "postcode"/>
<input id="postcode" name="postcode" type="text" maxlength="7" autocomplete="postal-code" spellcheck="false" class="input-short"<@described field="postcode" hintId="postcode-hint"/> value="${sent.postcode!""}">
</div>
</fieldset>
</#macro>
<#-- When someone can meet: a checkbox per weekday and part of the day, or "any". Several boxes send several values
     of one name; the JSON sends a list (SignupFields.SLOTS). -->
<#macro availability>
<#local chosen = (sent.availability!"")?split("\n")>
<#local days = en?then(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], ["Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag"])>
<#local parts = en?then(["morning", "afternoon", "evening"], ["ochtend", "middag", "avond"])>
<fieldset class="field<@invalidClass "availability"/>" id="field-availability"<@described field="availability" hintId="availability-hint" invalid=false/>>
<legend>${en?then("When can you meet? (required)", "Wanneer kun je? (verplicht)")}</legend>
<p class="hint" id="availability-hint">${en?then("Tick every part of the day on which you could come to a group. A group always meets on the same weekday and part of the day, about 3 hours, 4 to 6 times a year.",
    "Vink alle dagdelen aan waarop je naar een groep zou kunnen komen. Een groep komt steeds op dezelfde weekdag en hetzelfde dagdeel bijeen, zo’n 3 uur, 4 tot 6 keer per jaar.")}</p>
<@error "availability"/>
<div class="choice">
<input type="checkbox" id="availability-any" name="availability" value="any"<#if chosen?seq_contains("any")> checked</#if><#if messages.availability??> aria-invalid="true"</#if>>
<label for="availability-any">${en?then("Any part of the day suits me", "Elk dagdeel is goed")}</label>
</div>
<div class="slots">
<#list ["monday", "tuesday", "wednesday", "thursday", "friday"] as day>
<fieldset class="slot-day">
<legend>${days[day?index]}</legend>
<#list ["morning", "afternoon", "evening"] as part>
<#local slot = day + "-" + part>
<div class="choice">
<input type="checkbox" id="availability-${slot}" name="availability" value="${slot}"<#if chosen?seq_contains(slot)> checked</#if><#if messages.availability??> aria-invalid="true"</#if>>
<label for="availability-${slot}"><span class="visually-hidden">${days[day?index]} </span>${parts[part?index]}</label>
</div>
</#list>
</fieldset>
</#list>
</div>
</fieldset>
</#macro>

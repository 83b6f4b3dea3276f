<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
    <context>
        <name>Doctor</name>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="16" />
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="21" />
            <source>{products} and {more} more</source>
            <translation>{products} og {more} til</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="22" />
            <source>(no name)</source>
            <translation>(uten navn)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="26" />
            <source>carrier</source>
            <translation>transportør</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="27" />
            <source>account {name} answers; carriers: {carriers}</source>
            <translation>kontoen {name} svarer; transportører: {carriers}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="36" />
            <source>carrier products</source>
            <translation>transportørens produkter</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="37" />
            <source>the account has no products to book</source>
            <translation>kontoen har ingen produkter å booke</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="53" />
            <source>none configured: no carrier labels are booked</source>
            <translation>ingen satt opp: det bookes ingen etiketter hos en transportør</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="57" />
            <source>the ship-from address lacks {fields}</source>
            <translation>avsenderadressen mangler {fields}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="60" />
            <source>sender</source>
            <translation>avsender</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="69" />
            <source>its production URL</source>
            <translation>produksjons-URL-en</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="70" />
            <source>{kind} at {where}: {why}</source>
            <translation>{kind} på {where}: {why}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="269" />
            <source>database</source>
            <translation>database</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="271" />
            <source>{url} (schema {revision})</source>
            <translation>{url} (skjema {revision})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="286" />
            <source>shop</source>
            <translation>nettbutikk</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="287" />
            <source>{shop} answers</source>
            <translation>{shop} svarer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="294" />
            <source>{shop} cannot be reached: {why}</source>
            <translation>{shop} kan ikke nås: {why}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="299" />
            <source>label printer</source>
            <translation>etikettskriver</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="299" />
            <source>slip printer</source>
            <translation>pakkseddelskriver</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="308" />
            <source>scanner</source>
            <translation>skanner</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="310" />
            <source>keyboard wedge: a scan is ≥{keys} keys ≤{gap} ms apart ending in Enter</source>
            <translation>tastaturskanner: en skanning er ≥{keys} tegn med ≤{gap} ms mellomrom, avsluttet med Enter</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="326" />
            <source>sync</source>
            <translation>synk</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/cli.py" line="327" />
            <source>%n fulfillments waiting to be sent to the shop</source>
            <translation>
                <numerusform>%n forsendelse venter på å bli sendt til nettbutikken</numerusform>
                <numerusform>%n forsendelser venter på å bli sendt til nettbutikken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/cli.py" line="347" />
            <source>%n orders being packed</source>
            <translation>
                <numerusform>%n ordre pakkes</numerusform>
                <numerusform>%n ordrer pakkes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="349" />
            <source>; expired (a shift lead can take these over): </source>
            <translation>; utløpt (en skiftleder kan overta dem):</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="352" />
            <source>claims</source>
            <translation>reservasjoner</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="364" />
            <source>{where} cannot be reached{reason}. Nothing can be packed or saved until it answers; check that the database server runs and that this machine can reach it.</source>
            <translation>{where} kan ikke nås{reason}. Ingenting kan pakkes eller lagres før den svarer; sjekk at databaseserveren kjører og at denne maskinen når den.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="390" />
            <source>{shop} ({domain}) answers at {endpoint}</source>
            <translation>{shop} ({domain}) svarer på {endpoint}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="393" />
            <source>all scopes granted</source>
            <translation>alle tilganger er gitt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="395" />
            <source>access</source>
            <translation>tilgang</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="399" />
            <source>locations</source>
            <translation>lokasjoner</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="402" />
            <source>none chosen; set shopify_locations to one of: {names}</source>
            <translation>ingen valgt; sett shopify_locations til en av: {names}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="405" />
            <source>unknown location {number}</source>
            <translation>ukjent lokasjon {number}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/devices/scale/doctor.py" line="20" />
            <source>scale</source>
            <translation>vekt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/devices/scale/doctor.py" line="21" />
            <source>none configured: labels use the expected weight</source>
            <translation>ingen satt opp: etikettene bruker den forventede vekten</translation>
        </message>
    </context>
    <context>
        <name>ShippingLabel</name>
        <message>
            <location filename="../../src/packstation/carriers/own.py" line="161" />
            <source>{weight} (estimated)</source>
            <translation>{weight} (anslått)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="217" />
            <source>Order {order}   {weight}   Package {package}/{count}</source>
            <translation>Ordre {order}   {weight}   Kolli {package}/{count}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="219" />
            <source>FROM</source>
            <translation>AVSENDER</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="220" />
            <source>SHIP TO</source>
            <translation>MOTTAKER</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="221" />
            <source>REPRINT</source>
            <translation>NY UTSKRIFT</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="229" />
            <source>{carrier} tracking</source>
            <translation>{carrier} sporing</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/layout.py" line="231" />
            <source>%n units</source>
            <translation>
                <numerusform>%n vare</numerusform>
                <numerusform>%n varer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pdf.py" line="91" />
            <source>Shipping label {order}</source>
            <translation>Fraktetikett {order}</translation>
        </message>
    </context>
    <context>
        <name>Carrier</name>
        <message>
            <location filename="../../src/packstation/carriers/registry.py" line="74" />
            <source>No carrier API user and key yet: enter them in Settings → Carrier (or set {user} and {key} for a headless station)</source>
            <translation>Ingen API-bruker og -nøkkel for transportøren ennå: skriv dem inn under Innstillinger → Transportør (eller sett {user} og {key} på en stasjon uten skjerm)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/shipmondo/http.py" line="33" />
            <source>The carrier account refused the key: check the API user and key in Settings → Carrier</source>
            <translation>Transportørens konto avviste nøkkelen: sjekk API-bruker og -nøkkel under Innstillinger → Transportør</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/shipmondo/http.py" line="63" />
            <source>no reason given</source>
            <translation>ingen begrunnelse oppgitt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/shipmondo/http.py" line="65" />
            <source>The carrier refused the booking: {reason}</source>
            <translation>Transportøren avviste bookingen: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/sync/bookings.py" line="220" />
            <source>The carrier keeps refusing it</source>
            <translation>Transportøren fortsetter å avvise den</translation>
        </message>
    </context>
    <context>
        <name>PickList</name>
        <message>
            <location filename="../../src/packstation/cli.py" line="231" />
            <source>Pick list · {station}</source>
            <translation>Plukkliste · {station}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="44" />
            <source>Bin</source>
            <translation>Plassering</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="45" />
            <source>SKU</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="46" />
            <source>Qty</source>
            <translation>Antall</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="47" />
            <source>Item</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="48" />
            <source>Orders</source>
            <translation>Ordrer</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/pick_list.py" line="83" />
            <source>%n orders</source>
            <translation>
                <numerusform>%n ordre</numerusform>
                <numerusform>%n ordrer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/pick_list.py" line="84" />
            <source>%n units</source>
            <translation>
                <numerusform>%n vare</numerusform>
                <numerusform>%n varer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="85" />
            <source>page {page}</source>
            <translation>side {page}</translation>
        </message>
    </context>
    <context>
        <name>Scanning</name>
        <message>
            <location filename="../../src/packstation/devices/scanner/framing.py" line="23" />
            <source>too long</source>
            <translation>for lang</translation>
        </message>
        <message>
            <location filename="../../src/packstation/devices/scanner/framing.py" line="28" />
            <source>not valid text (wrong baud rate or scanner setting?)</source>
            <translation>ikke gyldig tekst (feil baudrate eller skannerinnstilling?)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/barcodes.py" line="28" />
            <source>empty</source>
            <translation>tom</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/barcodes.py" line="32" />
            <source>control characters</source>
            <translation>kontrolltegn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/barcodes.py" line="34" />
            <source>characters that are not text</source>
            <translation>tegn som ikke er tekst</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="158" />
            <source>unknown application identifier at position {position}: {code}</source>
            <translation>ukjent AI (application identifier) på posisjon {position}: {code}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="169" />
            <source>AI ({ai}) has no data</source>
            <translation>AI ({ai}) har ingen data</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="172" />
            <source>AI ({ai}) must be digits: {value}</source>
            <translation>AI ({ai}) må være sifre: {value}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="176" />
            <source>AI ({ai}) needs {length} digits, got {got}</source>
            <translation>AI ({ai}) skal ha {length} sifre, fikk {got}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="186" />
            <source>AI ({ai}) is longer than {length}</source>
            <translation>AI ({ai}) er lengre enn {length}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="190" />
            <source>AI ({ai}) has characters or a length GS1 does not allow: {value}</source>
            <translation>AI ({ai}) har tegn eller en lengde som GS1 ikke tillater: {value}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="201" />
            <source>AI ({ai}) {part} has a wrong check digit</source>
            <translation>AI ({ai}) {part} har feil kontrollsiffer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="206" />
            <source>AI ({ai}) {part} is not a date</source>
            <translation>AI ({ai}) {part} er ikke en dato</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="240" />
            <source>no element strings</source>
            <translation>ingen GS1-data i koden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="249" />
            <source>not a human-readable GS1 string</source>
            <translation>ikke en lesbar GS1-tekst</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="254" />
            <source>unknown application identifier ({ai})</source>
            <translation>ukjent AI (application identifier) ({ai})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/packing.py" line="175" />
            <source>serial-numbered items are scanned one at a time</source>
            <translation>varer med serienummer skannes én om gangen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/packing.py" line="194" />
            <source>empty serial number</source>
            <translation>tomt serienummer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/packing.py" line="196" />
            <source>a serial number is at most {most} characters long; this one has {length}</source>
            <translation>et serienummer er høyst {most} tegn langt; dette har {length}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/packing.py" line="203" />
            <source>that is a product barcode: scan the serial number of {item}</source>
            <translation>det er en vares strekkode: skann serienummeret til {item}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/packing.py" line="209" />
            <source>serial number {serial} was already scanned in this order</source>
            <translation>serienummer {serial} er allerede skannet i denne ordren</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/packing.py" line="215" />
            <source>serial number {serial} already left in order {order}</source>
            <translation>serienummer {serial} er allerede sendt med ordre {order}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/packing.py" line="229" />
            <source>unreadable</source>
            <translation>uleselig</translation>
        </message>
    </context>
    <context>
        <name>Boxes</name>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="57" />
            <source>boxes must be [[box]] tables</source>
            <translation>eskene må være [[box]]-tabeller</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="66" />
            <source>box {number} is not a table</source>
            <translation>eske {number} er ikke en tabell</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="69" />
            <source>box {number}</source>
            <translation>eske {number}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="71" />
            <source>box {name}</source>
            <translation>eske {name}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="74" />
            <source>{box} has no name</source>
            <translation>{box} har ikke noe navn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="78" />
            <source>{box}: unknown field(s) {fields}</source>
            <translation>{box}: ukjente felt {fields}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="87" />
            <source>{box}: barcode must be text (quote it)</source>
            <translation>{box}: barcode må være tekst (sett anførselstegn rundt)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="92" />
            <source>{box} has no {field}</source>
            <translation>{box} mangler {field}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="95" />
            <source>{box}: {field} must be a whole number, not {value}</source>
            <translation>{box}: {field} må være et heltall, ikke {value}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="104" />
            <source>{box}: tare_g must be 0 or more</source>
            <translation>{box}: tare_g må være 0 eller mer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="107" />
            <source>{box}: {field} must be more than 0</source>
            <translation>{box}: {field} må være mer enn 0</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="111" />
            <source>{box}: max_weight_g must be more than its tare_g</source>
            <translation>{box}: max_weight_g må være mer enn dens tare_g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="121" />
            <source>two boxes have the {field} {value}</source>
            <translation>to esker har samme {field} {value}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/weight_check.py" line="193" />
            <source>a unit weight must be more than 0 g</source>
            <translation>vekt per stk. må være mer enn 0 g</translation>
        </message>
    </context>
    <context>
        <name>Booking</name>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="124" />
            <source>No shipping rule matches this order: delivery {delivery} ({kind}) to {country}, {kg} kg. Add a rule in Settings → Shipping rules, or a lead can choose the carrier product for this order.</source>
            <translation>Ingen fraktregel passer til denne ordren: levering {delivery} ({kind}) til {country}, {kg} kg. Legg til en regel under Innstillinger → Fraktregler, eller en skiftleder kan velge transportørprodukt for ordren.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/booking.py" line="167" />
            <source>No label for {order}: {reason}</source>
            <translation>Ingen etikett for {order}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="153" />
            <source>Shipping rule {rule}: {key} must be text or a list of texts</source>
            <translation>Fraktregel {rule}: {key} må være tekst eller en liste med tekster</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="168" />
            <source>Shipping rule {rule}: {key} must be a whole number of grams</source>
            <translation>Fraktregel {rule}: {key} må være et helt antall gram</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="200" />
            <source>Shipping rule {rule}: unknown key(s) {keys}</source>
            <translation>Fraktregel {rule}: ukjente nøkler {keys}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="210" />
            <source>Shipping rule {rule}: product_code is missing</source>
            <translation>Fraktregel {rule}: product_code mangler</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="217" />
            <source>Shipping rule {rule}: method_type {kind} does not take a carrier product (only SHIPPING and PICKUP_POINT do)</source>
            <translation>Fraktregel {rule}: method_type {kind} bruker ikke et transportørprodukt (bare SHIPPING og PICKUP_POINT gjør det)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="230" />
            <source>Shipping rule {rule}: {codes} is not a two-letter country code</source>
            <translation>Fraktregel {rule}: {codes} er ikke en landkode på to bokstaver</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="241" />
            <source>Shipping rule {rule}: max_weight_g is below min_weight_g</source>
            <translation>Fraktregel {rule}: max_weight_g er mindre enn min_weight_g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="250" />
            <source>Shipping rule {rule}: list services one by one</source>
            <translation>Fraktregel {rule}: skriv tilleggstjenestene én om gangen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="275" />
            <source>shipping_rule must be a list of tables ([[shipping_rule]])</source>
            <translation>shipping_rule må være en liste med tabeller ([[shipping_rule]])</translation>
        </message>
    </context>
    <context>
        <name>Words</name>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="24" />
            <source>Ready</source>
            <translation>Klar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="25" />
            <source>Spool folder</source>
            <translation>Utskriftsmappe</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="26" />
            <source>No printer configured</source>
            <translation>Ingen skriver satt opp</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="27" />
            <source>CUPS is not available</source>
            <translation>CUPS er ikke tilgjengelig</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="28" />
            <source>keyboard</source>
            <translation>tastatur</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="29" />
            <source>keyboard wedge ready</source>
            <translation>tastaturskanner klar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="30" />
            <source>starting</source>
            <translation>starter</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="31" />
            <source>connected</source>
            <translation>tilkoblet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="32" />
            <source>disconnected</source>
            <translation>frakoblet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="33" />
            <source>Packstation stopped while this job was being sent</source>
            <translation>Packstation stoppet mens jobben ble sendt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="40" />
            <source>{0} is out of labels: load a roll and press Retry</source>
            <translation>{0} er tom for etiketter: legg i en ny rull og trykk Prøv igjen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="41" />
            <source>{0}'s print head is open: close it and press Retry</source>
            <translation>Skrivehodet på {0} er åpent: lukk det og trykk Prøv igjen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="42" />
            <source>{0} is out of ribbon: load one and press Retry</source>
            <translation>{0} er tom for fargebånd: legg i et nytt og trykk Prøv igjen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="43" />
            <source>{0}'s print head temperature is out of range: wait a moment and press Retry</source>
            <translation>Skrivehodet på {0} har feil temperatur: vent litt og trykk Prøv igjen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="47" />
            <source>{0} is paused: press its pause button, then Retry</source>
            <translation>{0} er satt på pause: trykk på pauseknappen og så Prøv igjen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="48" />
            <source>{0} is busy (buffer full): wait and Retry</source>
            <translation>{0} er opptatt (bufferen er full): vent og Prøv igjen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="49" />
            <source>{0} is ready</source>
            <translation>{0} er klar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="50" />
            <source>{0} gave an unreadable status reply</source>
            <translation>{0} ga et uleselig statussvar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="51" />
            <source>{0} does not answer: check for an open head or an empty roll</source>
            <translation>{0} svarer ikke: sjekk om skrivehodet er åpent eller rullen tom</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="52" />
            <source>The connection to {0} broke during the job: the label may or may not have printed. Check the printer before reprinting.</source>
            <translation>Forbindelsen til {0} ble brutt under jobben: etiketten kan være skrevet ut eller ikke. Sjekk skriveren før du skriver ut på nytt.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="57" />
            <source>{0} did not confirm that it took the job: the label may or may not have printed. Check the printer before reprinting.</source>
            <translation>{0} bekreftet ikke at den mottok jobben: etiketten kan være skrevet ut eller ikke. Sjekk skriveren før du skriver ut på nytt.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="62" />
            <source>{0} took the job, then reported: {1}. Check whether the label printed before reprinting.</source>
            <translation>{0} mottok jobben og meldte så: {1}. Sjekk om etiketten ble skrevet ut før du skriver ut på nytt.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="66" />
            <source>{0} took the job, but its label counter did not move: the label may not have printed. Check the printer before reprinting.</source>
            <translation>{0} mottok jobben, men etikettelleren sto stille: etiketten er kanskje ikke skrevet ut. Sjekk skriveren før du skriver ut på nytt.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="71" />
            <source>The disk holding {0} is full: free some space and press Reprint</source>
            <translation>Disken med {0} er full: frigjør plass og trykk Skriv ut på nytt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="72" />
            <source>{0} cannot be opened: is it plugged in?</source>
            <translation>{0} kan ikke åpnes: er den koblet til?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="73" />
            <source>Ready (spool folder {0})</source>
            <translation>Klar (utskriftsmappe {0})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="74" />
            <source>Ready ({0})</source>
            <translation>Klar ({0})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="75" />
            <source>Cannot write to {0}</source>
            <translation>Kan ikke skrive til {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="76" />
            <source>No permission to write {0}</source>
            <translation>Ingen tillatelse til å skrive til {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="77" />
            <source>{0} is not connected</source>
            <translation>{0} er ikke tilkoblet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="78" />
            <source>CUPS queue {0} not found</source>
            <translation>CUPS-køen {0} finnes ikke</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="79" />
            <source>Cannot create the print folder {0}: {1}</source>
            <translation>Kan ikke opprette utskriftsmappen {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="23" />
            <source>packer</source>
            <translation>pakker</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="24" />
            <source>shift lead</source>
            <translation>skiftleder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="25" />
            <source>admin</source>
            <translation>administrator</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="37" />
            <source>en</source>
            <translation>nb</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="88" />
            <source>{0} min</source>
            <translation>{0} min</translation>
        </message>
    </context>
    <context>
        <name>PackingSlip</name>
        <message>
            <location filename="../../src/packstation/labels/box_contents.py" line="15" />
            <source>Box {number}/{count} ({box}): {contents}</source>
            <translation>Eske {number}/{count} ({box}): {contents}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="42" />
            <source>Packing slip {order}</source>
            <translation>Pakkseddel {order}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="77" />
            <source>REPRINT</source>
            <translation>NY UTSKRIFT</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="131" />
            <source>Ship to</source>
            <translation>Leveres til</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="143" />
            <source>Shipping: {method}</source>
            <translation>Frakt: {method}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="145" />
            <source>Date: {date}</source>
            <translation>Dato: {date}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="151" />
            <source>Tracking: {tracking}</source>
            <translation>Sporing: {tracking}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="159" />
            <source>Qty</source>
            <translation>Antall</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="160" />
            <source>SKU</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="161" />
            <source>Bin</source>
            <translation>Plassering</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="162" />
            <source>Item</source>
            <translation>Vare</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/slip.py" line="188" />
            <source>%n units</source>
            <translation>
                <numerusform>%n vare</numerusform>
                <numerusform>%n varer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="196" />
            <source>Part shipment: {reason}</source>
            <translation>Delsending: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="207" />
            <source>Note from the customer</source>
            <translation>Melding fra kunden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="212" />
            <source>Returns</source>
            <translation>Retur</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip_zpl.py" line="33" />
            <source>{shop} · Packing slip</source>
            <translation>{shop} · Pakkseddel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip_zpl.py" line="55" />
            <source>Note: {note}</source>
            <translation>Melding: {note}</translation>
        </message>
    </context>
    <context>
        <name>CommandSheet</name>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="23" />
            <source>Complete the order (F10)</source>
            <translation>Fullfør ordren (F10)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="24" />
            <source>Undo the last scan (F4)</source>
            <translation>Angre siste skanning (F4)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="25" />
            <source>Ship short / partial (F9)</source>
            <translation>Send delvis / restordre (F9)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="26" />
            <source>Reprint label and slip (F8)</source>
            <translation>Skriv ut etikett og pakkseddel på nytt (F8)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="27" />
            <source>Back to the queue / close a panel (Esc)</source>
            <translation>Tilbake til køen / lukk et panel (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="28" />
            <source>Close this box, start a new one (Ctrl+N)</source>
            <translation>Lukk esken, start en ny (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="40" />
            <source>Packstation command barcodes</source>
            <translation>Packstation-kommandostrekkoder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="43" />
            <source>Packstation: scan to act</source>
            <translation>Packstation: skann en kommando</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="45" />
            <source>Station {station}. Works on the pack screen.</source>
            <translation>Stasjon {station}. Virker på pakkeskjermen.</translation>
        </message>
    </context>
    <context>
        <name>Manifest</name>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="45" />
            <source>Carrier manifest · {carrier} · {date}</source>
            <translation>Overleveringsliste · {carrier} · {date}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="49" />
            <source>From {sender}</source>
            <translation>Fra {sender}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/manifest.py" line="50" />
            <source>%n shipments</source>
            <translation>
                <numerusform>%n sending</numerusform>
                <numerusform>%n sendinger</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/manifest.py" line="52" />
            <source>%n parcels</source>
            <translation>
                <numerusform>%n kolli</numerusform>
                <numerusform>%n kolli</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="71" />
            <source>Driver's signature: ______________________   Time: ________</source>
            <translation>Sjåførens signatur: ______________________   Tid: ________</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="77" />
            <source>No shipments on {date}</source>
            <translation>Ingen sendinger {date}</translation>
        </message>
    </context>
    <context>
        <name>ShiftReport</name>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="41" />
            <source>shipped_at</source>
            <translation>sendt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="42" />
            <source>order</source>
            <translation>ordre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="43" />
            <source>recipient</source>
            <translation>mottaker</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="44" />
            <source>city</source>
            <translation>sted</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="45" />
            <source>country</source>
            <translation>land</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="46" />
            <source>carrier</source>
            <translation>transportør</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="47" />
            <source>tracking</source>
            <translation>sporingsnummer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="48" />
            <source>units</source>
            <translation>varer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="49" />
            <source>partial_reason</source>
            <translation>årsak til delsending</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="96" />
            <source>End of shift · {station} · {start}–{end}</source>
            <translation>Skiftrapport · {station} · {start}–{end}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="102" />
            <source>%n orders packed</source>
            <translation>
                <numerusform>%n ordre pakket</numerusform>
                <numerusform>%n ordrer pakket</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="103" />
            <source>%n still open</source>
            <translation>
                <numerusform>%n fortsatt åpen</numerusform>
                <numerusform>%n fortsatt åpne</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="104" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n venter på synkronisering</numerusform>
                <numerusform>%n venter på synkronisering</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="105" />
            <source>%n open exceptions</source>
            <translation>
                <numerusform>%n åpent avvik</numerusform>
                <numerusform>%n åpne avvik</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="111" />
            <source>Audit log: {head}</source>
            <translation>Revisjonslogg: {head}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="114" />
            <source>Packer</source>
            <translation>Pakker</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="115" />
            <source>Orders</source>
            <translation>Ordrer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="116" />
            <source>Units</source>
            <translation>Varer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="117" />
            <source>Mis-scans</source>
            <translation>Feilskanninger</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="118" />
            <source>Overrides</source>
            <translation>Overstyringer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="119" />
            <source>Avg/order</source>
            <translation>Snitt/ordre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="129" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="149" />
            <source>Shipments</source>
            <translation>Sendinger</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="161" />
            <source>%n units</source>
            <translation>
                <numerusform>%n vare</numerusform>
                <numerusform>%n varer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="80" />
            <source>Give the person's name</source>
            <translation>Skriv personens navn</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/services/auth.py" line="82" />
            <source>A PIN needs at least %n digits</source>
            <translation>
                <numerusform>En PIN må ha minst %n siffer</numerusform>
                <numerusform>En PIN må ha minst %n sifre</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="85" />
            <source>A lead needs a PIN of at least 4 digits, or a badge</source>
            <translation>En skiftleder må ha en PIN på minst 4 sifre eller et ID-kort</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="90" />
            <source>{name} is already set up</source>
            <translation>{name} er allerede lagt inn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="94" />
            <source>That badge belongs to {name}</source>
            <translation>Det ID-kortet tilhører {name}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="126" />
            <source>Nobody called {name} is set up</source>
            <translation>Det finnes ingen ansatt som heter {name}</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="186" />
            <source>Unknown badge</source>
            <translation>Ukjent ID-kort</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="186" />
            <source>Choose your name</source>
            <translation>Velg navnet ditt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="193" />
            <source>Too many wrong PINs for {name}: scan the badge instead</source>
            <translation>For mange feil PIN-koder for {name}: skann ID-kortet i stedet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="199" />
            <source>Wrong PIN for {name}</source>
            <translation>Feil PIN for {name}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="220" />
            <source>Give a reason</source>
            <translation>Skriv en begrunnelse</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="260" />
            <source>{name} is not a shift lead</source>
            <translation>{name} er ikke skiftleder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="278" />
            <source>Choose a lead</source>
            <translation>Velg en skiftleder</translation>
        </message>
    </context>
    <context>
        <name>Claims</name>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="93" />
            <source>{order} is now {claim}</source>
            <translation>{order} er nå {claim}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="108" />
            <source>Order {order} has already been packed</source>
            <translation>Ordre {order} er allerede pakket</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="114" />
            <source>Order {order} is on hold: {reason}</source>
            <translation>Ordre {order} er på vent: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="121" />
            <source>Order {order} is on hold</source>
            <translation>Ordre {order} er på vent</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="125" />
            <source>Order {order} was cancelled in the shop: do not pack it</source>
            <translation>Ordre {order} er kansellert i nettbutikken: ikke pakk den</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="132" />
            <source>Order {order} was closed in the shop: do not pack it</source>
            <translation>Ordre {order} er lukket i nettbutikken: ikke pakk den</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="201" />
            <source>No order {order} is known to this station</source>
            <translation>Stasjonen kjenner ingen ordre {order}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="252" />
            <source>{lead} took {order} over: it is now being packed at {station} by {user}. Put its items aside.</source>
            <translation>{lead} overtok {order}: den pakkes nå ved {station} av {user}. Legg varene til side.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="261" />
            <source>{order} is now being packed at {station} by {user}</source>
            <translation>{order} pakkes nå ved {station} av {user}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="269" />
            <source>A shift lead took {order} over: it is no longer on this bench</source>
            <translation>En skiftleder overtok {order}: den er ikke lenger på dette pakkebordet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="275" />
            <source>{order} was set aside for a shift lead</source>
            <translation>{order} er lagt til side for en skiftleder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="276" />
            <source>{order} is no longer claimed by this bench</source>
            <translation>{order} er ikke lenger reservert for dette pakkebordet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="304" />
            <source>Not shipped: {why}</source>
            <translation>Ikke sendt: {why}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/refusals.py" line="37" />
            <source>was being packed at {station} by {user}; {station} has not answered since {since}</source>
            <translation>under pakking ved {station} av {user}, men {station} har ikke svart siden {since}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/refusals.py" line="44" />
            <source>being packed at {station} by {user}</source>
            <translation>under pakking ved {station} av {user}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/refusals.py" line="54" />
            <source>{order} {claim}: a shift lead can take it over</source>
            <translation>{order} er {claim}: en skiftleder kan overta den</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/refusals.py" line="61" />
            <source>{order} is {claim}</source>
            <translation>{order} er {claim}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/services/replay.py" line="70" />
            <source>{item} (%n counted) is no longer wanted</source>
            <translation>
                <numerusform>{item} (%n telt) er ikke lenger ønsket</numerusform>
                <numerusform>{item} (%n telt) er ikke lenger ønsket</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/services/replay.py" line="74" />
            <source>{item} is down to {wanted} (%n counted)</source>
            <translation>
                <numerusform>{item} er satt ned til {wanted} (%n telt)</numerusform>
                <numerusform>{item} er satt ned til {wanted} (%n telt)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/replay.py" line="82" />
            <source>Order {order} was changed in the shop while it was being packed: {changes}. Put the items aside: a shift lead decides what to do with them.</source>
            <translation>Ordre {order} ble endret i nettbutikken under pakkingen: {changes}. Legg varene til side: en skiftleder bestemmer hva som skal skje med dem.</translation>
        </message>
    </context>
    <context>
        <name>Exceptions</name>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="22" />
            <source>Confirmed by hand</source>
            <translation>Bekreftet manuelt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="23" />
            <source>Short shipment</source>
            <translation>Dellevering</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="24" />
            <source>Refused by the shop</source>
            <translation>Avvist av nettbutikken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="25" />
            <source>Sent twice: the duplicate was cancelled</source>
            <translation>Sendt to ganger: duplikatet ble annullert</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="26" />
            <source>Changed in the shop while packing</source>
            <translation>Endret i nettbutikken under pakkingen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="27" />
            <source>Printing failed</source>
            <translation>Utskriften mislyktes</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="28" />
            <source>No carrier label</source>
            <translation>Ingen etikett fra transportøren</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="29" />
            <source>Refused by the carrier</source>
            <translation>Avvist av transportøren</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="30" />
            <source>Booked twice with the carrier</source>
            <translation>Booket to ganger hos transportøren</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="31" />
            <source>The carrier would not cancel</source>
            <translation>Transportøren ville ikke kansellere</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="78" />
            <source>{title} ({sku}) confirmed by {lead}: {reason}</source>
            <translation>{title} ({sku}) bekreftet av {lead}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="93" />
            <source>Shipped without {items}; allowed by {lead}: {reason}</source>
            <translation>Sendt uten {items}; godkjent av {lead}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="143" />
            <source>Exception {id} does not exist</source>
            <translation>Avvik {id} finnes ikke</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="234" />
            <source>Write what was said or agreed</source>
            <translation>Skriv hva som ble sagt eller avtalt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="260" />
            <source>Only a refused shipment can be sent again</source>
            <translation>Bare en avvist forsendelse kan sendes på nytt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="266" />
            <source>This shipment is no longer waiting to be sent</source>
            <translation>Forsendelsen venter ikke lenger på å bli sendt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="297" />
            <source>This exception was resolved meanwhile</source>
            <translation>Avviket er løst i mellomtiden</translation>
        </message>
    </context>
    <context>
        <name>Packing</name>
        <message>
            <location filename="../../src/packstation/services/packing.py" line="420" />
            <source>The carrier refused the booking of {order}: {words}</source>
            <translation>Transportøren avviste bookingen av {order}: {words}</translation>
        </message>
    </context>
    <context>
        <name>Voids</name>
        <message>
            <location filename="../../src/packstation/services/voids.py" line="52" />
            <source>Order {order} has no shipment to void</source>
            <translation>Ordre {order} har ingen forsendelse å annullere</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/voids.py" line="62" />
            <source>No such shipment</source>
            <translation>Forsendelsen finnes ikke</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/voids.py" line="65" />
            <source>The shipment of {order} is already void</source>
            <translation>Forsendelsen for {order} er allerede annullert</translation>
        </message>
    </context>
    <context>
        <name>Shop</name>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="108" />
            <source>The shop refused the access token: check the shop connection in Settings</source>
            <translation>Nettbutikken avviste tilgangstokenet: sjekk tilkoblingen til nettbutikken under Innstillinger</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="124" />
            <source>The shop keeps asking to slow down: syncing again later</source>
            <translation>Nettbutikken ber hele tiden om å senke farten: synkroniserer igjen senere</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="134" />
            <source>The shop asked to wait {seconds} s: syncing again later</source>
            <translation>Nettbutikken ba om å vente {seconds} s: synkroniserer igjen senere</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="148" />
            <source>Cannot reach the shop ({why})</source>
            <translation>Får ikke kontakt med nettbutikken ({why})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="151" />
            <source>The shop did not answer in time</source>
            <translation>Nettbutikken svarte ikke i tide</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="162" />
            <source>The shop refused access: the app lacks a permission (access scope) it needs</source>
            <translation>Nettbutikken nektet tilgang: appen mangler en tillatelse (access scope) den trenger</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="169" />
            <source>The shop sent a web page instead of data (HTTP {status})</source>
            <translation>Nettbutikken sendte en nettside i stedet for data (HTTP {status})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="177" />
            <source>The shop has a problem (HTTP {status})</source>
            <translation>Nettbutikken har et problem (HTTP {status})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="181" />
            <source>The shop refused the request (HTTP {status})</source>
            <translation>Nettbutikken avviste forespørselen (HTTP {status})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="193" />
            <source>The shop sent an unexpected reply</source>
            <translation>Nettbutikken sendte et uventet svar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="204" />
            <source>The shop refused the request: {why}</source>
            <translation>Nettbutikken avviste forespørselen: {why}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="208" />
            <source>The shop's reply has no data</source>
            <translation>Svaret fra nettbutikken har ingen data</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/connector.py" line="27" />
            <source>read the orders waiting at your locations (without it the queue stays empty)</source>
            <translation>lese ordrene som venter på lokasjonene deres (uten den forblir køen tom)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/connector.py" line="30" />
            <source>mark orders as shipped (and cancel voided shipments), report packing progress and hold orders</source>
            <translation>merke ordrer som sendt (og annullere forsendelser), melde pakkestatus og sette ordrer på vent</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/connector.py" line="35" />
            <source>read order notes, gift messages, tags and cancellations</source>
            <translation>lese ordrenotater, gavehilsener, tagger og kanselleringer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/connector.py" line="36" />
            <source>read product barcodes, bins, case barcodes and images (without it items can only be scanned by SKU)</source>
            <translation>lese varenes strekkoder, plasseringer, eskestrekkoder og bilder (uten den kan varer bare skannes med SKU)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/connector.py" line="41" />
            <source>list your locations</source>
            <translation>vise lokasjonene deres</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/connector.py" line="68" />
            <source>{scope}: needed to {what}</source>
            <translation>{scope}: trengs for å {what}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/credentials.py" line="142" />
            <source>No shop credentials yet: enter them in Settings → Shop (or set {variable} for headless use)</source>
            <translation>Ingen påloggingsdata for nettbutikken ennå: skriv dem inn under Innstillinger → Nettbutikk (eller sett {variable} på en stasjon uten skjerm)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/credentials.py" line="183" />
            <source>Cannot reach the shop to renew its access ({why})</source>
            <translation>Får ikke kontakt med nettbutikken for å fornye tilgangen ({why})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/credentials.py" line="195" />
            <source>The shop refused the client id and secret: check them in Settings → Shop</source>
            <translation>Nettbutikken avviste klient-ID og klienthemmelighet: sjekk dem under Innstillinger → Nettbutikk</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <location filename="../../src/packstation/storage/db.py" line="29" />
            <source>database unreachable - scans are not being saved</source>
            <translation>databasen kan ikke nås - skanninger blir ikke lagret</translation>
        </message>
    </context>
    <context>
        <name>BatchesController</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="93" />
            <source>%n batches</source>
            <translation>
                <numerusform>%n batch</numerusform>
                <numerusform>%n batcher</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="93" />
            <source>%n orders</source>
            <translation>
                <numerusform>%n ordre</numerusform>
                <numerusform>%n ordrer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="95" />
            <source>No queued order (outside a batch) matches these rules</source>
            <translation>Ingen ordre i køen (utenfor en batch) passer med disse reglene</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="107" />
            <source>%n batches built: filter the queue by a batch's name</source>
            <translation>
                <numerusform>%n batch laget: filtrer køen på batchnavnet</numerusform>
                <numerusform>%n batcher laget: filtrer køen på batchnavnet</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="131" />
            <source>{0} of {1} packed</source>
            <translation>{0} av {1} pakket</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="178" />
            <source>The slip printer takes labels only: print pick lists with “packstation batches”</source>
            <translation>Pakkseddelskriveren tar bare etiketter: skriv ut plukklister med “packstation batches”</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="188" />
            <source>Pick list of {0} printed</source>
            <translation>Plukkliste for {0} skrevet ut</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="202" />
            <source>%n packing slips of {0} printed</source>
            <translation>
                <numerusform>%n pakkseddel for {0} skrevet ut</numerusform>
                <numerusform>%n pakksedler for {0} skrevet ut</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="213" />
            <source>%n labels queued</source>
            <translation>
                <numerusform>%n etikett lagt i utskriftskøen</numerusform>
                <numerusform>%n etiketter lagt i utskriftskøen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="215" />
            <source>%n printed before</source>
            <translation>
                <numerusform>%n skrevet ut før</numerusform>
                <numerusform>%n skrevet ut før</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="217" />
            <source>%n to check at the printer (F11)</source>
            <translation>
                <numerusform>%n må sjekkes ved skriveren (F11)</numerusform>
                <numerusform>%n må sjekkes ved skriveren (F11)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="219" />
            <source>%n orders not verified yet</source>
            <translation>
                <numerusform>%n ordre ikke kontrollert ennå</numerusform>
                <numerusform>%n ordrer ikke kontrollert ennå</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="233" />
            <source>{0} closed</source>
            <translation>{0} lukket</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="240" />
            <source>Printing…</source>
            <translation>Skriver ut…</translation>
        </message>
    </context>
    <context>
        <name>BatchesView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="47" />
            <source>Batches (Ctrl+B)</source>
            <translation>Batcher (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="52" />
            <source>Build batches from the queue</source>
            <translation>Lag batcher fra køen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="54" />
            <source>Single-item orders only</source>
            <translation>Bare ordrer med én vare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="55" />
            <source>One batch per shipping method</source>
            <translation>Én batch per fraktmetode</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="56" />
            <source>Express first</source>
            <translation>Ekspress først</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="60" />
            <source>Only orders with this SKU (empty: any)</source>
            <translation>Bare ordrer med denne SKU (tom: alle)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="62" />
            <source>Placed before the cut-off</source>
            <translation>Bestilt før fristen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="74" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="75" />
            <source>Cut-off</source>
            <translation>Frist</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="76" />
            <source>Orders per batch</source>
            <translation>Ordrer per batch</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="80" />
            <source>Build batches</source>
            <translation>Lag batcher</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="89" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="89" />
            <source>Packed</source>
            <translation>Pakket</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="89" />
            <source>Units</source>
            <translation>Stk.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="89" />
            <source>Built by</source>
            <translation>Laget av</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="94" />
            <source>Order</source>
            <translation>Ordre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="94" />
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="94" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="109" />
            <source>Print pick list</source>
            <translation>Skriv ut plukkliste</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="110" />
            <source>Print all packing slips</source>
            <translation>Skriv ut alle pakksedler</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="111" />
            <source>Print labels of verified orders</source>
            <translation>Skriv ut etiketter for kontrollerte ordrer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="112" />
            <source>Close batch</source>
            <translation>Lukk batch</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="113" />
            <source>Close</source>
            <translation>Lukk</translation>
        </message>
    </context>
    <context>
        <name>ClaimsView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="34" />
            <source>Benches and their orders</source>
            <translation>Pakkebord og ordrene deres</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="44" />
            <source>Order</source>
            <translation>Ordre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="45" />
            <source>Bench</source>
            <translation>Pakkebord</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="46" />
            <source>Packer</source>
            <translation>Pakker</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="47" />
            <source>Since</source>
            <translation>Siden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="48" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="58" />
            <source>Take over to this bench…</source>
            <translation>Overta til dette pakkebordet…</translation>
        </message>
    </context>
    <context>
        <name>ClaimsController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="94" />
            <source>Benches unavailable: {0}</source>
            <translation>Pakkebordene er utilgjengelige: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/claims.py" line="99" />
            <source>%n orders being packed</source>
            <translation>
                <numerusform>%n ordre pakkes</numerusform>
                <numerusform>%n ordrer pakkes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/claims.py" line="100" />
            <source>; %n at benches that stopped answering</source>
            <translation>
                <numerusform>; %n ved pakkebord som har sluttet å svare</numerusform>
                <numerusform>; %n ved pakkebord som har sluttet å svare</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="101" />
            <source>: a lead can take those over</source>
            <translation>: en skiftleder kan overta dem</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="112" />
            <source>Expired: no answer since {0}</source>
            <translation>Utløpt: ikke svar siden {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="116" />
            <source>Packing</source>
            <translation>Pakkes</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="128" />
            <source>Select the order to take over first</source>
            <translation>Velg først ordren som skal overtas</translation>
        </message>
    </context>
    <context>
        <name>HourlyChart</name>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="56" />
            <source>No orders yet</source>
            <translation>Ingen ordrer ennå</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="81" />
            <source>Shift dashboard</source>
            <translation>Skiftoversikt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="99" />
            <source>Packer</source>
            <translation>Pakker</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="100" />
            <source>Orders</source>
            <translation>Ordrer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="101" />
            <source>Orders/h</source>
            <translation>Ordrer/t</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="102" />
            <source>Units/h</source>
            <translation>Stk./t</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="103" />
            <source>Mis-scans</source>
            <translation>Feilskanninger</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="104" />
            <source>Overrides</source>
            <translation>Overstyringer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="105" />
            <source>Avg per order</source>
            <translation>Snitt per ordre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="106" />
            <source>Weight stops</source>
            <translation>Vektstopp</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="118" />
            <source>Shift report (PDF)</source>
            <translation>Skiftrapport (PDF)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="119" />
            <source>Shift report (CSV)</source>
            <translation>Skiftrapport (CSV)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="120" />
            <source>Today's carrier manifest</source>
            <translation>Dagens fraktmanifest</translation>
        </message>
    </context>
    <context>
        <name>DashboardController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="160" />
            <source>Figures unavailable: {0}</source>
            <translation>Tall ikke tilgjengelige: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="164" />
            <source>%n orders packed</source>
            <translation>
                <numerusform>%n ordre pakket</numerusform>
                <numerusform>%n ordrer pakket</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="165" />
            <source>%n still open</source>
            <translation>
                <numerusform>%n fortsatt åpen</numerusform>
                <numerusform>%n fortsatt åpne</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="166" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n venter på synkronisering</numerusform>
                <numerusform>%n venter på synkronisering</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="167" />
            <source>%n open exceptions</source>
            <translation>
                <numerusform>%n åpent avvik</numerusform>
                <numerusform>%n åpne avvik</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="169" />
            <source>Last %n h</source>
            <translation>
                <numerusform>Siste %n t</numerusform>
                <numerusform>Siste %n t</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="208" />
            <source>Carrier cut-off {0} (in {1} h {2:02d} min)</source>
            <translation>Transportørens frist {0} (om {1} t {2:02d} min)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="212" />
            <source>{0}: every order placed before it is packed</source>
            <translation>{0}: alle ordrer bestilt før er pakket</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="213" />
            <source>{0}: %n orders still open</source>
            <translation>
                <numerusform>{0}: %n ordre fortsatt åpen</numerusform>
                <numerusform>{0}: %n ordrer fortsatt åpne</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="215" />
            <source>Carrier cut-off {0} passed: every order placed before it left</source>
            <translation>Transportørens frist {0} er passert: alle ordrer bestilt før er sendt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="218" />
            <source>Carrier cut-off {0} passed: %n orders missed today's collection</source>
            <translation>
                <numerusform>Transportørens frist {0} er passert: %n ordre rakk ikke dagens henting</numerusform>
                <numerusform>Transportørens frist {0} er passert: %n ordrer rakk ikke dagens henting</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="254" />
            <source>Not saved: {0}</source>
            <translation>Ikke lagret: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="257" />
            <source>Saved {0} (%n shipments)</source>
            <translation>
                <numerusform>Lagret {0} (%n forsendelse)</numerusform>
                <numerusform>Lagret {0} (%n forsendelser)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="261" />
            <source>Saving…</source>
            <translation>Lagrer…</translation>
        </message>
    </context>
    <context>
        <name>ExceptionsView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="48" />
            <source>Exceptions (F2)</source>
            <translation>Avvik (F2)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="56" />
            <source>When</source>
            <translation>Når</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="56" />
            <source>Order</source>
            <translation>Ordre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="56" />
            <source>What</source>
            <translation>Hva</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="56" />
            <source>Details</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="56" />
            <source>Who</source>
            <translation>Hvem</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="65" />
            <source>Resolve…</source>
            <translation>Løs…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="66" />
            <source>Retry</source>
            <translation>Prøv igjen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="67" />
            <source>Hold in shop…</source>
            <translation>Sett på vent i nettbutikken…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="68" />
            <source>Release hold…</source>
            <translation>Ta av vent…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="69" />
            <source>Cancel the shipment…</source>
            <translation>Annuller forsendelsen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="70" />
            <source>Contact the customer…</source>
            <translation>Kontakt kunden…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="71" />
            <source>Note what the customer was told or agreed</source>
            <translation>Noter hva kunden fikk beskjed om eller avtalte</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="72" />
            <source>Benches… (Ctrl+K)</source>
            <translation>Pakkebord… (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="74" />
            <source>Orders being packed at every bench; benches that stopped answering</source>
            <translation>Ordrer som pakkes ved hvert pakkebord; pakkebord som har sluttet å svare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="76" />
            <source>Close</source>
            <translation>Lukk</translation>
        </message>
    </context>
    <context>
        <name>ExceptionsController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="148" />
            <source>No open exceptions.</source>
            <translation>Ingen åpne avvik.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="179" />
            <source>Working…</source>
            <translation>Jobber…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="208" />
            <source>Asking the shop…</source>
            <translation>Spør nettbutikken…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="218" />
            <source>{0} is on hold in the shop</source>
            <translation>{0} står på vent i nettbutikken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="220" />
            <source>{0} is released in the shop</source>
            <translation>{0} er tatt av vent i nettbutikken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="228" />
            <source>Put {0} on hold in the shop?</source>
            <translation>Sett {0} på vent i nettbutikken?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="230" />
            <source>Release the hold on {0} in the shop?</source>
            <translation>Ta {0} av vent i nettbutikken?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="244" />
            <source>Printing again; resolve this once the documents are out</source>
            <translation>Skriver ut på nytt; løs avviket når papirene er ute</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="253" />
            <source>{0} will be sent to the shop again</source>
            <translation>{0} sendes til nettbutikken igjen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="258" />
            <source>Send {0} to the shop again?</source>
            <translation>Send {0} til nettbutikken igjen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="274" />
            <source>The shipment of {0} is void; the order is back in the queue</source>
            <translation>Forsendelsen av {0} er annullert; ordren er tilbake i køen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="281" />
            <source>Cancel the shipment of {0}?</source>
            <translation>Annuller forsendelsen av {0}?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="294" />
            <source>Contact the customer: {0}</source>
            <translation>Kontakt kunden: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="295" />
            <source>What was the customer told, or what was agreed?</source>
            <translation>Hva fikk kunden beskjed om, eller hva ble avtalt?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="305" />
            <source>Note saved on {0}</source>
            <translation>Notat lagret på {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="331" />
            <source>Resolve: {0} on {1}</source>
            <translation>Løs: {0} på {1}</translation>
        </message>
    </context>
    <context>
        <name>PeopleController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="57" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="79" />
            <source>{0} added as {1}</source>
            <translation>{0} lagt til som {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="87" />
            <source>Select a person first</source>
            <translation>Velg en ansatt først</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="93" />
            <source>New PIN saved for {0}</source>
            <translation>Ny PIN lagret for {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="106" />
            <source>{0} can no longer sign in</source>
            <translation>{0} kan ikke lenger logge inn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="110" />
            <source>Saving…</source>
            <translation>Lagrer…</translation>
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="31" />
            <source>People</source>
            <translation>Ansatte</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="39" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="39" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="39" />
            <source>Badge</source>
            <translation>ID-kort</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="39" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="47" />
            <source>New PIN for the selected person</source>
            <translation>Ny PIN for valgt ansatt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="48" />
            <source>Deactivate the selected person</source>
            <translation>Deaktiver valgt ansatt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="54" />
            <source>Add a person</source>
            <translation>Legg til en ansatt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="63" />
            <source>Scan the badge here, or leave empty</source>
            <translation>Skann ID-kortet her, eller la feltet stå tomt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="67" />
            <source>Leads and admins: at least 4 digits</source>
            <translation>Skiftledere og administratorer: minst 4 sifre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="68" />
            <source>Add</source>
            <translation>Legg til</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="72" />
            <source>PIN (also used for a new PIN)</source>
            <translation>PIN (brukes også for ny PIN)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="79" />
            <source>Close</source>
            <translation>Lukk</translation>
        </message>
    </context>
    <context>
        <name>PickupView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="39" />
            <source>Book carrier pickup</source>
            <translation>Bestill henting hos transportøren</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="45" />
            <source>Carrier</source>
            <translation>Transportør</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="45" />
            <source>Parcels today</source>
            <translation>Pakker i dag</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="45" />
            <source>Pickup</source>
            <translation>Henting</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="55" />
            <source>Parcels ready from</source>
            <translation>Pakkene er klare fra</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="56" />
            <source>Collected by</source>
            <translation>Hentes senest</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="62" />
            <source>Book pickup…</source>
            <translation>Bestill henting…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="63" />
            <source>Close</source>
            <translation>Lukk</translation>
        </message>
    </context>
    <context>
        <name>PickupController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="105" />
            <source>booked at {0}</source>
            <translation>bestilt kl. {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="109" />
            <source>collected by agreement (no pickup request)</source>
            <translation>hentes etter avtale (ingen bestilling)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="111" />
            <source>not booked</source>
            <translation>ikke bestilt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="118" />
            <source>No parcels were booked with a carrier today.</source>
            <translation>Ingen pakker er booket hos en transportør i dag.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="140" />
            <source>Asking the carrier…</source>
            <translation>Spør transportøren…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="149" />
            <source>Ask {0} to collect {1} parcels today?</source>
            <translation>Be {0} hente {1} pakker i dag?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="165" />
            <source>Pickup booked ({0}): {1} parcels</source>
            <translation>Henting bestilt ({0}): {1} pakker</translation>
        </message>
    </context>
    <context>
        <name>CarrierChoiceDialog</name>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="46" />
            <source>Carrier product for {0}</source>
            <translation>Transportørprodukt for {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="56" />
            <source>Product code</source>
            <translation>Produktkode</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="59" />
            <source>e.g. EMAIL_NT SMS_NT (empty: none)</source>
            <translation>f.eks. EMAIL_NT SMS_NT (tomt: ingen)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="60" />
            <source>Services</source>
            <translation>Tjenester</translation>
        </message>
    </context>
    <context>
        <name>RebookAction</name>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="77" />
            <source>Carrier product…</source>
            <translation>Transportørprodukt…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="80" />
            <source>A shift lead chooses another carrier product or services and books again</source>
            <translation>En skiftleder velger et annet transportørprodukt eller andre tjenester og booker på nytt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="128" />
            <source>{0}: carrier product {1}; it is booked again</source>
            <translation>{0}: transportørprodukt {1}; den bookes på nytt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="134" />
            <source>Book {0} with {1}?</source>
            <translation>Book {0} med {1}?</translation>
        </message>
    </context>
    <context>
        <name>LeadWindows</name>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="61" />
            <source>Open the dashboard</source>
            <translation>Åpne skiftoversikten</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="68" />
            <source>Book carrier pickup…</source>
            <translation>Bestill henting hos transportøren…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="85" />
            <source>Open batch building</source>
            <translation>Åpne batchbygging</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="96" />
            <source>Open the exceptions</source>
            <translation>Åpne avvikene</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="126" />
            <source>Manage the people at the stations?</source>
            <translation>Administrer de ansatte på stasjonene?</translation>
        </message>
    </context>
    <context>
        <name>BookingWatch</name>
        <message>
            <location filename="../../src/packstation/ui/pack/booking_watch.py" line="36" />
            <source>Carrier bookings are paused: {0}. Boxes get a LABEL PENDING slip; a shift lead fixes the key in Settings → Carrier</source>
            <translation>Bookinger hos transportøren er satt på pause: {0}. Eskene får en LABEL PENDING-lapp; en skiftleder retter nøkkelen under Innstillinger → Transportør</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/booking_watch.py" line="43" />
            <source>Carrier bookings work again</source>
            <translation>Bookinger hos transportøren virker igjen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/booking_watch.py" line="47" />
            <source>The carrier refused %n bookings: a shift lead sees why in Exceptions (F2) and can choose another product</source>
            <translation>
                <numerusform>Transportøren avviste %n booking: en skiftleder ser hvorfor under Avvik (F2) og kan velge et annet produkt</numerusform>
                <numerusform>Transportøren avviste %n bookinger: en skiftleder ser hvorfor under Avvik (F2) og kan velge et annet produkt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoxStripView</name>
        <message>
            <location filename="../../src/packstation/ui/pack/box_strip.py" line="43" />
            <source>New box (Ctrl+N)</source>
            <translation>Ny eske (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/box_strip.py" line="59" />
            <source>Lead override…</source>
            <translation>Overstyring (skiftleder)…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/box_strip.py" line="65" />
            <source>Unit weights…</source>
            <translation>Vekt per stk.…</translation>
        </message>
    </context>
    <context>
        <name>BoxController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="95" />
            <source>{0} g</source>
            <translation>{0} g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="101" />
            <source>{0} · empty the scale</source>
            <translation>{0} · tøm vekten</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="104" />
            <source>settling…</source>
            <translation>stabiliserer…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="105" />
            <source>too heavy</source>
            <translation>for tung</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="106" />
            <source>below zero: zero the scale</source>
            <translation>under null: nullstill vekten</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="107" />
            <source>scale fault</source>
            <translation>feil på vekten</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="108" />
            <source>no scale</source>
            <translation>ingen vekt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/boxes.py" line="125" />
            <source>Box {0} of {1}: {2} · %n units</source>
            <translation>
                <numerusform>Eske {0} av {1}: {2} · %n stk.</numerusform>
                <numerusform>Eske {0} av {1}: {2} · %n stk.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="131" />
            <source>Expected {0}</source>
            <translation>Forventet {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="136" />
            <source>no box chosen</source>
            <translation>ingen eske valgt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="138" />
            <source>{0} (suggested by weight)</source>
            <translation>{0} (foreslått etter vekt)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="138" />
            <source>Shopify has no item sizes, so this box was suggested by the items' weight alone. Scan a box barcode to choose another.</source>
            <translation>Shopify har ingen mål på varene, så esken er bare foreslått etter varenes vekt. Skann en eskestrekkode for å velge en annen.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="143" />
            <source>{0} (suggested)</source>
            <translation>{0} (foreslått)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="143" />
            <source>The smallest box the items' sizes and weight fit. Scan a box barcode to choose another.</source>
            <translation>Den minste esken varenes mål og vekt passer i. Skann en eskestrekkode for å velge en annen.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="160" />
            <source>Open an order first: scan its packing slip</source>
            <translation>Åpne en ordre først: skann pakkseddelen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="167" />
            <source>Box {0} is a {1} ({2})</source>
            <translation>Eske {0}: {1} ({2})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="168" />
            <source>tare {0}</source>
            <translation>tara {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="181" />
            <source>Box {0} is empty: scan items into it first</source>
            <translation>Eske {0} er tom: skann varer i den først</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="198" />
            <source>Box {0} closed at {1}. Box {2} is open: scan its items</source>
            <translation>Eske {0} lukket med {1}. Eske {2} er åpen: skann varene til den</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="232" />
            <source>Take the last parcel off the scale, then put this box on it</source>
            <translation>Ta den forrige pakken av vekten, og sett så denne esken på</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="234" />
            <source>Put box {0} on the scale and wait for a steady weight</source>
            <translation>Sett eske {0} på vekten og vent på en stabil vekt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="251" />
            <source>{0} on the scale, {1} expected: check for a missing or extra item</source>
            <translation>{0} på vekten, {1} forventet: sjekk om en vare mangler eller er for mye</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="255" />
            <source>Fix the box and weigh it again, or ask a lead to override</source>
            <translation>Rett esken og vei den på nytt, eller be en skiftleder om overstyring</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="268" />
            <source>Send box {0} of {1} at {2} instead of {3}?</source>
            <translation>Send eske {0} av {1} med {2} i stedet for {3}?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="296" />
            <source>{0} let box {1} go at {2}</source>
            <translation>{0} godkjente eske {1} med {2}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="327" />
            <source>Box NOT saved: {0}</source>
            <translation>Esken er IKKE lagret: {0}</translation>
        </message>
    </context>
    <context>
        <name>CompletionController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="63" />
            <source>Choose a reason for the partial shipment</source>
            <translation>Velg en årsak til delleveringen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/completion.py" line="74" />
            <source>Ship {0} short, {1} of %n units missing?</source>
            <translation>
                <numerusform>Send {0} som dellevering, {1} av %n stk. mangler?</numerusform>
                <numerusform>Send {0} som dellevering, {1} av %n stk. mangler?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="90" />
            <source>{0}; missing: {1}</source>
            <translation>{0}; mangler: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="107" />
            <source>Scan the serial number of {0} first</source>
            <translation>Skann serienummeret til {0} først</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/completion.py" line="116" />
            <source>%n units missing: scan them, or press F9 to ship partial</source>
            <translation>
                <numerusform>%n stk. mangler: skann den, eller trykk F9 for dellevering</numerusform>
                <numerusform>%n stk. mangler: skann dem, eller trykk F9 for dellevering</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="124" />
            <source>Completing {0}…</source>
            <translation>Fullfører {0}…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="148" />
            <source>Printing {0}…</source>
            <translation>Skriver ut {0}…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="160" />
            <source>{0}: label and slip reprinted, marked REPRINT</source>
            <translation>{0}: etikett og pakkseddel skrevet ut på nytt, merket REPRINT</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="162" />
            <source>{0} packed SHORT: label and slip printed. Scan the next slip</source>
            <translation>{0} pakket som DELLEVERING: etikett og pakkseddel skrevet ut. Skann neste pakkseddel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="166" />
            <source>{0} packed: label and slip printed. Scan the next slip</source>
            <translation>{0} pakket: etikett og pakkseddel skrevet ut. Skann neste pakkseddel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="170" />
            <source>{0} packed; the label may not have printed: check the printer (F11)</source>
            <translation>{0} pakket; etiketten ble kanskje ikke skrevet ut: sjekk skriveren (F11)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="173" />
            <source>{0} packed, NOT printed yet: {1}. Press F7 to retry</source>
            <translation>{0} pakket, IKKE skrevet ut ennå: {1}. Trykk F7 for å prøve igjen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="190" />
            <source>Nothing to reprint: complete the order first</source>
            <translation>Ingenting å skrive ut på nytt: fullfør ordren først</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="193" />
            <source>Reprint the label and slip of {0}?</source>
            <translation>Skriv ut etikett og pakkseddel for {0} på nytt?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="203" />
            <source>Reprinting {0}…</source>
            <translation>Skriver ut {0} på nytt…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="216" />
            <source>This order is not completed: nothing to void</source>
            <translation>Ordren er ikke fullført: ingenting å annullere</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="221" />
            <source>No shipment of {0} to void</source>
            <translation>Ingen forsendelse av {0} å annullere</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="232" />
            <source>Void the shipment of {0} ({1})?</source>
            <translation>Annuller forsendelsen av {0} ({1})?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="251" />
            <source>Shipment of {0} void: unpack the box; the shop cancels it on sync</source>
            <translation>Forsendelsen av {0} annullert: pakk ut esken; nettbutikken annullerer den ved synk</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="253" />
            <source>Shipment of {0} void: unpack the box; it never reached the shop</source>
            <translation>Forsendelsen av {0} annullert: pakk ut esken; den nådde aldri nettbutikken</translation>
        </message>
    </context>
    <context>
        <name>PackController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="98" />
            <source>Scan the items of {0}</source>
            <translation>Skann varene i {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="119" />
            <source>Order {0} was not opened: {1}</source>
            <translation>Ordre {0} ble ikke åpnet: {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="129" />
            <source>Parked {0}: {1} of %n units scanned. Scan its slip to continue</source>
            <translation>
                <numerusform>Parkert {0}: {1} av %n stk. skannet. Skann pakkseddelen for å fortsette</numerusform>
                <numerusform>Parkert {0}: {1} av %n stk. skannet. Skann pakkseddelen for å fortsette</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="139" />
            <source>Continuing {0} that {1} parked: {2} of %n units</source>
            <translation>
                <numerusform>Fortsetter {0} som {1} parkerte: {2} av %n stk.</numerusform>
                <numerusform>Fortsetter {0} som {1} parkerte: {2} av %n stk.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="142" />
            <source>Continuing {0}: {1} of %n units</source>
            <translation>
                <numerusform>Fortsetter {0}: {1} av %n stk.</numerusform>
                <numerusform>Fortsetter {0}: {1} av %n stk.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="168" />
            <source>Resumed {0}: {1} of %n units were scanned before the restart</source>
            <translation>
                <numerusform>Gjenopptatt {0}: {1} av %n stk. var skannet før omstarten</numerusform>
                <numerusform>Gjenopptatt {0}: {1} av %n stk. var skannet før omstarten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="184" />
            <source>Scan not checked: {0}</source>
            <translation>Skanning ikke kontrollert: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="204" />
            <source>Unreadable scan ({0}): scan the item again</source>
            <translation>Uleselig skanning ({0}): skann varen igjen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="214" />
            <source>Approved by {0}: {1}</source>
            <translation>Godkjent av {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="245" />
            <source>Last scan NOT saved: {0}. Scan it again</source>
            <translation>Siste skanning IKKE lagret: {0}. Skann på nytt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="264" />
            <source>Last scan NOT saved: {0}</source>
            <translation>Siste skanning IKKE lagret: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="295" />
            <source>Choose the line that will not scan with ↑ ↓, then press F3 again</source>
            <translation>Velg linjen som ikke kan skannes med ↑ ↓, og trykk F3 igjen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="299" />
            <source>Confirm 1 × {0} without a scan?</source>
            <translation>Bekreft 1 × {0} uten skanning?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="320" />
            <source>Confirmed by {0}: {1}</source>
            <translation>Bekreftet av {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="352" />
            <source>Nothing to undo</source>
            <translation>Ingenting å angre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="360" />
            <source>Undone: {0} × {1}</source>
            <translation>Angret: {0} × {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="379" />
            <source>Next scan counts %n units</source>
            <translation>
                <numerusform>Neste skanning teller %n stk.</numerusform>
                <numerusform>Neste skanning teller %n stk.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="425" />
            <source>Order {0} is now {1} in the shop: stop packing it</source>
            <translation>Ordre {0} er nå {1} i nettbutikken: stopp pakkingen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="441" />
            <source>Customer note: {0}</source>
            <translation>Kundenotat: {0}</translation>
        </message>
    </context>
    <context>
        <name>ExpiredGate</name>
        <message>
            <location filename="../../src/packstation/ui/pack/expired_gate.py" line="47" />
            <source>{0} expired on {1}: a shift lead must approve it before it counts</source>
            <translation>{0} gikk ut på dato {1}: en skiftleder må godkjenne varen før den telles</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/expired_gate.py" line="57" />
            <source>Count {0} though it expired on {1}?</source>
            <translation>Telle {0} selv om den gikk ut på dato {1}?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/expired_gate.py" line="61" />
            <source>Expired on {0}</source>
            <translation>Utløpt {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/expired_gate.py" line="67" />
            <source>Not counted: {0} expired on {1}. Put it aside</source>
            <translation>Ikke telt: {0} gikk ut på dato {1}. Legg varen til side</translation>
        </message>
    </context>
    <context>
        <name>InstructionsController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="33" />
            <source>Tags: {0}</source>
            <translation>Tagger: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="45" />
            <source>Read ✓ (Ctrl+G)</source>
            <translation>Lest ✓ (Ctrl+G)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="57" />
            <source>Gift message: “{0}”</source>
            <translation>Gavehilsen: “{0}”</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="68" />
            <source>A gift: read this, pack as asked, then confirm</source>
            <translation>En gave: les dette, pakk som ønsket, og bekreft</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="69" />
            <source>The customer asks for this: read it, then confirm</source>
            <translation>Kunden ber om dette: les det, og bekreft</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="72" />
            <source>✓ Read: pack as the customer asked</source>
            <translation>✓ Lest: pakk som kunden ønsker</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="88" />
            <source>Read the customer's instructions first, then press Ctrl+G or scan the slip again</source>
            <translation>Les kundens ønsker først, og trykk Ctrl+G eller skann pakkseddelen igjen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="117" />
            <source>Instructions read: pack {0} as asked</source>
            <translation>Ønsker lest: pakk {0} som ønsket</translation>
        </message>
    </context>
    <context>
        <name>PackLinesModel</name>
        <message>
            <location filename="../../src/packstation/ui/pack/model.py" line="19" />
            <source>Item</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/model.py" line="20" />
            <source>Variant</source>
            <translation>Variant</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/model.py" line="21" />
            <source>SKU</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/model.py" line="22" />
            <source>Bin</source>
            <translation>Plassering</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/model.py" line="23" />
            <source>Ordered</source>
            <translation>Bestilt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/model.py" line="24" />
            <source>Scanned</source>
            <translation>Skannet</translation>
        </message>
    </context>
    <context>
        <name>PendingSlipScans</name>
        <message>
            <location filename="../../src/packstation/ui/pack/pending_slip.py" line="40" />
            <source>The label was NOT printed: {0}</source>
            <translation>Etiketten ble IKKE skrevet ut: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pending_slip.py" line="53" />
            <source>Printing the carrier label of {0} here</source>
            <translation>Skriver ut transportørens etikett for {0} her</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pending_slip.py" line="55" />
            <source>The carrier has not booked {0} yet: keep the box aside, its label prints when the booking is made</source>
            <translation>Transportøren har ikke booket {0} ennå: sett esken til side, etiketten skrives ut når bookingen er gjort</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pending_slip.py" line="60" />
            <source>The label of {0} has already printed at {1}. If it is lost, reprint it (F8)</source>
            <translation>Etiketten for {0} er allerede skrevet ut ved {1}. Er den borte, skriv ut på nytt (F8)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pending_slip.py" line="64" />
            <source>The label of {0} is printing at {1} now</source>
            <translation>Etiketten for {0} skrives ut ved {1} nå</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pending_slip.py" line="65" />
            <source>{0} has no label to print: its shipment was voided or the carrier refused it. Ask a shift lead</source>
            <translation>{0} har ingen etikett å skrive ut: forsendelsen ble annullert, eller transportøren avviste den. Spør en skiftleder</translation>
        </message>
    </context>
    <context>
        <name>PickupPointLine</name>
        <message>
            <location filename="../../src/packstation/ui/pack/pickup_point.py" line="73" />
            <source>Parcel shop: {0}</source>
            <translation>Hentested: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pickup_point.py" line="88" />
            <source>Parcel shop chosen by the customer: {0}</source>
            <translation>Hentested valgt av kunden: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pickup_point.py" line="89" />
            <source>Parcel shop: the carrier chooses the one nearest to {0}</source>
            <translation>Hentested: transportøren velger det nærmeste {0}</translation>
        </message>
    </context>
    <context>
        <name>ScanRouter</name>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="54" />
            <source>Scan not handled: {0}</source>
            <translation>Skanning ikke behandlet: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="71" />
            <source>No order {0} in the queue</source>
            <translation>Ingen ordre {0} i køen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="76" />
            <source>“{0}” is not an order number: scan the packing slip</source>
            <translation>“{0}” er ikke et ordrenummer: skann pakkseddelen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="85" />
            <source>Order {0} is already open</source>
            <translation>Ordre {0} er allerede åpen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="97" />
            <source>Open an order first: scan its packing slip</source>
            <translation>Åpne en ordre først: skann pakkseddelen</translation>
        </message>
    </context>
    <context>
        <name>TeachController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="42" />
            <source>Unknown barcode {0}: if it is on one of these items, a shift lead can teach it — choose the line (↑ ↓), then Ctrl+E</source>
            <translation>Ukjent strekkode {0}: sitter den på en av disse varene, kan en skiftleder lære stasjonen den — velg linjen (↑ ↓), og trykk Ctrl+E</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="71" />
            <source>Scan the new barcode first, then press Ctrl+E</source>
            <translation>Skann den nye strekkoden først, og trykk så Ctrl+E</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="77" />
            <source>Choose the line this barcode belongs to with ↑ ↓, then press Ctrl+E</source>
            <translation>Velg linjen strekkoden hører til, med ↑ ↓, og trykk Ctrl+E</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="82" />
            <source>Teach barcode {0} as {1} ({2})?</source>
            <translation>Lær strekkode {0} som {1} ({2})?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="102" />
            <source>that scan cannot be a barcode</source>
            <translation>den skanningen kan ikke være en strekkode</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="103" />
            <source>it is a command barcode</source>
            <translation>det er en kommandostrekkode</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="104" />
            <source>the line has no SKU</source>
            <translation>linjen har ikke noe varenummer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="105" />
            <source>it was taught for {0} already</source>
            <translation>den er allerede lært for {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="106" />
            <source>it is the barcode of {0}</source>
            <translation>det er strekkoden til {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="107" />
            <source>it is an order number</source>
            <translation>det er et ordrenummer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="118" />
            <source>Barcode not taught: {0}</source>
            <translation>Strekkoden ble ikke lært: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="127" />
            <source>{0} is now a barcode of {1}: scan the item again</source>
            <translation>{0} er nå en strekkode for {1}: skann varen igjen</translation>
        </message>
    </context>
    <context>
        <name>PackView</name>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="128" />
            <source>Units for the next scan:</source>
            <translation>Stk. ved neste skanning:</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="140" />
            <source>Ship what is scanned; reason:</source>
            <translation>Send det som er skannet; årsak:</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="147" />
            <source>Out of stock</source>
            <translation>Ikke på lager</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="147" />
            <source>Damaged item</source>
            <translation>Skadet vare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="147" />
            <source>Customer request</source>
            <translation>Kundens ønske</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="152" />
            <source>Choose or type a reason</source>
            <translation>Velg eller skriv en årsak</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="155" />
            <source>Ship partial</source>
            <translation>Send dellevering</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="168" />
            <source>Queue (Esc)</source>
            <translation>Kø (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="169" />
            <source>Undo (F4)</source>
            <translation>Angre (F4)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="170" />
            <source>Quantity (F6)</source>
            <translation>Antall (F6)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="171" />
            <source>Reprint (F8)</source>
            <translation>Skriv ut igjen (F8)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="172" />
            <source>Void…</source>
            <translation>Annuller…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="173" />
            <source>A shift lead voids the shipment just packed</source>
            <translation>En skiftleder annullerer forsendelsen som nettopp ble pakket</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="174" />
            <source>Short / partial (F9)</source>
            <translation>Mangler / delvis (F9)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="175" />
            <source>Will not scan (F3)</source>
            <translation>Kan ikke skannes (F3)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="176" />
            <source>Complete (F10)</source>
            <translation>Fullfør (F10)</translation>
        </message>
    </context>
    <context>
        <name>WeightsView</name>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="37" />
            <source>Unit weights</source>
            <translation>Vekt per stk.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="45" />
            <source>SKU</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="46" />
            <source>Item</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="47" />
            <source>Shop g</source>
            <translation>Nettbutikk g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="48" />
            <source>Learned g</source>
            <translation>Lært g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="49" />
            <source>Confirmed g</source>
            <translation>Bekreftet g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="58" />
            <source>Unit weight (g):</source>
            <translation>Vekt per stk. (g):</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="63" />
            <source>Confirm (lead)…</source>
            <translation>Bekreft (skiftleder)…</translation>
        </message>
    </context>
    <context>
        <name>WeightsController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="122" />
            <source>Choose an SKU first</source>
            <translation>Velg først et varenummer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="126" />
            <source>Confirm {0} g as the unit weight of {1}?</source>
            <translation>Bekreft {0} g som vekt per stk. for {1}?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="143" />
            <source>{0}: {1} g confirmed</source>
            <translation>{0}: {1} g bekreftet</translation>
        </message>
    </context>
    <context>
        <name>ScanWords</name>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="58" />
            <source>Not taken: {0}</source>
            <translation>Ikke godtatt: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="60" />
            <source>Now scan the serial number of {0}</source>
            <translation>Skann nå serienummeret til {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="64" />
            <source>Serial {0} saved for {1}</source>
            <translation>Serienummer {0} lagret for {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/words.py" line="71" />
            <source>{0} counted, but it expired on {1} (%n days ago): check the item</source>
            <translation>
                <numerusform>{0} telt, men gikk ut på dato {1} (for %n dag siden): sjekk varen</numerusform>
                <numerusform>{0} telt, men gikk ut på dato {1} (for %n dager siden): sjekk varen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/words.py" line="77" />
            <source>All %n units verified: press F10 to complete</source>
            <translation>
                <numerusform>Alle %n stk. kontrollert: trykk F10 for å fullføre</numerusform>
                <numerusform>Alle %n stk. kontrollert: trykk F10 for å fullføre</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="83" />
            <source>Too many: {0} needs only {1}</source>
            <translation>For mange: {0} trenger bare {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="87" />
            <source>Wrong item: {0} is not in this order</source>
            <translation>Feil vare: {0} er ikke i denne ordren</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="95" />
            <source>Unknown barcode {0}</source>
            <translation>Ukjent strekkode {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="99" />
            <source>Misread (the check digit is wrong): scan again</source>
            <translation>Feilskanning (kontrollsifferet er feil): skann igjen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="104" />
            <source>French AZERTY</source>
            <translation>fransk AZERTY</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="105" />
            <source>Danish, Swedish or Norwegian</source>
            <translation>dansk, svensk eller norsk</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="109" />
            <source>This looks like “{0}” from a scanner set for a US keyboard, on this computer's {1} keyboard layout. Set the scanner's keyboard country to {1} (its manual's barcodes), or make it a serial scanner (Settings, F12)</source>
            <translation>Dette ser ut som “{0}” fra en skanner satt til amerikansk tastatur, på denne datamaskinens {1} tastaturoppsett. Sett skannerens tastaturland til {1} (strekkodene i manualen), eller gjør den til en seriell skanner (Innstillinger, F12)</translation>
        </message>
    </context>
    <context>
        <name>PrintQueueController</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="101" />
            <source>Printer: check %n jobs (F11)</source>
            <translation>
                <numerusform>Skriver: sjekk %n jobb (F11)</numerusform>
                <numerusform>Skriver: sjekk %n jobb (F11)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="105" />
            <source>Printer: %n waiting: {0}</source>
            <translation>
                <numerusform>Skriver: %n venter: {0}</numerusform>
                <numerusform>Skriver: %n venter: {0}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="140" />
            <source>Printers: {0}</source>
            <translation>Skrivere: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="152" />
            <source>Select a job in the print queue first</source>
            <translation>Velg en jobb i utskriftskøen først</translation>
        </message>
    </context>
    <context>
        <name>PrintQueueModel</name>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="26" />
            <source>Job</source>
            <translation>Jobb</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="27" />
            <source>Order</source>
            <translation>Ordre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="28" />
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="29" />
            <source>Printer</source>
            <translation>Skriver</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="30" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="31" />
            <source>Tries</source>
            <translation>Forsøk</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="32" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="50" />
            <source>label</source>
            <translation>etikett</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="50" />
            <source>packing slip</source>
            <translation>pakkseddel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="52" />
            <source>(reprint)</source>
            <translation>(skrevet ut på nytt)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="54" />
            <source>waiting</source>
            <translation>venter</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="54" />
            <source>queued</source>
            <translation>i kø</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="55" />
            <source>sending</source>
            <translation>sendes</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="56" />
            <source>printed</source>
            <translation>skrevet ut</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="57" />
            <source>check the printer</source>
            <translation>sjekk skriveren</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="58" />
            <source>not printed</source>
            <translation>ikke skrevet ut</translation>
        </message>
    </context>
    <context>
        <name>PrintQueueView</name>
        <message>
            <location filename="../../src/packstation/ui/print_queue/view.py" line="23" />
            <source>Print queue (F11)</source>
            <translation>Utskriftskø (F11)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/view.py" line="35" />
            <source>Retry waiting jobs (F7)</source>
            <translation>Prøv ventende jobber igjen (F7)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/view.py" line="36" />
            <source>It printed</source>
            <translation>Den ble skrevet ut</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/view.py" line="37" />
            <source>It did not print: reprint</source>
            <translation>Ikke skrevet ut: skriv ut igjen</translation>
        </message>
    </context>
    <context>
        <name>QueueController</name>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="176" />
            <source>Queue not reloaded: {0}</source>
            <translation>Køen ikke lastet på nytt: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="194" />
            <source>Loading the queue…</source>
            <translation>Laster inn køen…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/controller.py" line="198" />
            <source>Filter on: %n of {0} orders shown (Esc clears it)</source>
            <translation>
                <numerusform>Filter på: %n av {0} ordrer vises (Esc fjerner det)</numerusform>
                <numerusform>Filter på: %n av {0} ordrer vises (Esc fjerner det)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/controller.py" line="205" />
            <source>%n orders waiting</source>
            <translation>
                <numerusform>%n ordre venter</numerusform>
                <numerusform>%n ordrer venter</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="222" />
            <source>Select the held order first</source>
            <translation>Velg først ordren som står på vent</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="226" />
            <source>{0} is not on hold</source>
            <translation>{0} står ikke på vent</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="248" />
            <source>Hold on {0} released in the shop: it can be packed after the sync</source>
            <translation>{0} tatt av vent i nettbutikken: den kan pakkes etter synkroniseringen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="255" />
            <source>The shop still holds {0}: the station can release only holds it placed itself. Release this one in the shop's admin</source>
            <translation>Nettbutikken har fortsatt {0} på vent: stasjonen kan bare ta av vent det den selv satte på vent. Ta denne av vent i nettbutikkens administrasjon</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="262" />
            <source>Release the hold on {0}?</source>
            <translation>Ta {0} av vent?</translation>
        </message>
    </context>
    <context>
        <name>LabelsToPrintModel</name>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="37" />
            <source>Order</source>
            <translation>Ordre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="38" />
            <source>Packed at</source>
            <translation>Pakket ved</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="39" />
            <source>Since</source>
            <translation>Siden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="40" />
            <source>Label</source>
            <translation>Etikett</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="56" />
            <source>Booked: scan its LABEL PENDING slip to print it here</source>
            <translation>Booket: skann eskens LABEL PENDING-lapp for å skrive den ut her</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="58" />
            <source>Waiting for the carrier: {0}</source>
            <translation>Venter på transportøren: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="59" />
            <source>Waiting for the carrier</source>
            <translation>Venter på transportøren</translation>
        </message>
    </context>
    <context>
        <name>LabelsToPrintPanel</name>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="73" />
            <source>Scan a box's LABEL PENDING slip at any bench to print its label there</source>
            <translation>Skann en eskes LABEL PENDING-lapp ved hvilket som helst pakkebord for å skrive ut etiketten der</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="105" />
            <source>Labels to print (%n)</source>
            <translation>
                <numerusform>Etiketter som skal skrives ut (%n)</numerusform>
                <numerusform>Etiketter som skal skrives ut (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/model.py" line="39" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/model.py" line="41" />
            <source>%n h</source>
            <translation>
                <numerusform>%n t</numerusform>
                <numerusform>%n t</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/model.py" line="42" />
            <source>%n d</source>
            <translation>
                <numerusform>%n d</numerusform>
                <numerusform>%n d</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="223" />
            <source>Claim expired: {0} silent since {1} ({2})</source>
            <translation>Reservasjon utløpt: {0} stille siden {1} ({2})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="226" />
            <source>Being packed at {0} by {1}</source>
            <translation>Pakkes ved {0} av {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="230" />
            <source>Exception: shop refused</source>
            <translation>Avvik: nettbutikken avviste</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="232" />
            <source>On hold</source>
            <translation>På vent</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="234" />
            <source>Being packed</source>
            <translation>Under pakking</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="236" />
            <source>Part shipped</source>
            <translation>Delvis sendt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="237" />
            <source>Open</source>
            <translation>Åpen</translation>
        </message>
    </context>
    <context>
        <name>QueueTableModel</name>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="55" />
            <source>Order</source>
            <translation>Ordre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="56" />
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="57" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="58" />
            <source>Lines</source>
            <translation>Linjer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="59" />
            <source>Units</source>
            <translation>Varer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="60" />
            <source>Shipping</source>
            <translation>Frakt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="61" />
            <source>Age</source>
            <translation>Alder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="62" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="63" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
    </context>
    <context>
        <name>QueueTakeOver</name>
        <message>
            <location filename="../../src/packstation/ui/queue/take_over.py" line="41" />
            <source>Select the order to take over (Ctrl+K lists every bench's orders)</source>
            <translation>Velg ordren som skal overtas (Ctrl+K viser alle pakkebord og ordrene deres)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/take_over.py" line="48" />
            <source>{0} is not being packed at another bench: scan its slip</source>
            <translation>{0} pakkes ikke ved et annet pakkebord: skann pakkseddelen</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="32" />
            <source>Scan a packing slip to open its order</source>
            <translation>Skann en pakkseddel for å åpne ordren</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="36" />
            <source>Filter by order number, customer or SKU</source>
            <translation>Filtrer på ordrenummer, kunde eller SKU</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="53" />
            <source>Batches (Ctrl+B)</source>
            <translation>Batcher (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="54" />
            <source>Release hold…</source>
            <translation>Ta av vent…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="55" />
            <source>A shift lead releases the selected held order</source>
            <translation>En skiftleder tar den valgte ordren av vent</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="56" />
            <source>Take over… (Ctrl+T)</source>
            <translation>Overta… (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="58" />
            <source>A shift lead moves the selected order from another bench to this one</source>
            <translation>En skiftleder flytter den valgte ordren fra et annet pakkebord til dette</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="60" />
            <source>Lock (Ctrl+L)</source>
            <translation>Lås (Ctrl+L)</translation>
        </message>
    </context>
    <context>
        <name>BoxesController</name>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_controller.py" line="79" />
            <source>Not saved: {0}</source>
            <translation>Ikke lagret: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/settings/boxes_controller.py" line="82" />
            <source>Save the list of %n boxes?</source>
            <translation>
                <numerusform>Lagre listen med %n eske?</numerusform>
                <numerusform>Lagre listen med %n esker?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoxesView</name>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="26" />
            <source>Boxes</source>
            <translation>Esker</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="32" />
            <source>The boxes this bench packs into. Inner sizes in mm, weights in grams. Scanning a box's barcode on the pack screen chooses it.</source>
            <translation>Eskene dette pakkebordet pakker i. Innvendige mål i mm, vekt i gram. Skann en eskes strekkode på pakkeskjermen for å velge den.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="44" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="45" />
            <source>Barcode</source>
            <translation>Strekkode</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="46" />
            <source>Length mm</source>
            <translation>Lengde mm</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="47" />
            <source>Width mm</source>
            <translation>Bredde mm</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="48" />
            <source>Height mm</source>
            <translation>Høyde mm</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="49" />
            <source>Tare g</source>
            <translation>Tara g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="50" />
            <source>Max g</source>
            <translation>Maks. g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="57" />
            <source>Add box</source>
            <translation>Legg til eske</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="58" />
            <source>Remove box</source>
            <translation>Fjern eske</translation>
        </message>
    </context>
    <context>
        <name>CarrierController</name>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_controller.py" line="77" />
            <source>Label format ({0})</source>
            <translation>Etikettformat ({0})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_controller.py" line="84" />
            <source>The rules file cannot be read: {0}</source>
            <translation>Regelfilen kan ikke leses: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_controller.py" line="172" />
            <source>Testing the connection…</source>
            <translation>Tester tilkoblingen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_controller.py" line="212" />
            <source>Change the carrier settings?</source>
            <translation>Endre innstillingene for transportøren?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_controller.py" line="217" />
            <source>Saving…</source>
            <translation>Lagrer…</translation>
        </message>
    </context>
    <context>
        <name>CarrierView</name>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="34" />
            <source>Carrier</source>
            <translation>Transportør</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="37" />
            <source>Carrier account</source>
            <translation>Konto hos transportøren</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="44" />
            <source>None: the station's own numbers</source>
            <translation>Ingen: stasjonens egne numre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="45" />
            <source>Shipmondo</source>
            <translation>Shipmondo</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="46" />
            <source>Own delivery (the shop's own van)</source>
            <translation>Egen levering (nettbutikkens egen bil)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="51" />
            <source>Books labels with</source>
            <translation>Booker etiketter hos</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="54" />
            <source>empty: the platform's production address</source>
            <translation>tomt: plattformens produksjonsadresse</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="55" />
            <source>Address (URL)</source>
            <translation>Adresse (URL)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="61" />
            <source>empty: keep the key saved in the keyring</source>
            <translation>tomt: behold nøkkelen i nøkkelringen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="62" />
            <source>API user</source>
            <translation>API-bruker</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="63" />
            <source>API key</source>
            <translation>API-nøkkel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="64" />
            <source>Book on the shop's own carrier agreement</source>
            <translation>Book på nettbutikkens egen fraktavtale</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="69" />
            <source>Label format</source>
            <translation>Etikettformat</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="73" />
            <source>VOEC number (Norway)</source>
            <translation>VOEC-nummer (Norge)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="75" />
            <source>Test connection</source>
            <translation>Test tilkobling</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="84" />
            <source>Shipping rules (the first rule that matches wins)</source>
            <translation>Fraktregler (den første regelen som passer, gjelder)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="90" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="91" />
            <source>Delivery type</source>
            <translation>Leveringstype</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="92" />
            <source>Service code</source>
            <translation>Tjenestekode</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="93" />
            <source>Shipping method name</source>
            <translation>Navn på leveringsmåte</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="94" />
            <source>Countries</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="95" />
            <source>From g</source>
            <translation>Fra g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="96" />
            <source>To g</source>
            <translation>Til g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="97" />
            <source>Product code</source>
            <translation>Produktkode</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="98" />
            <source>Services</source>
            <translation>Tjenester</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="106" />
            <source>Add rule</source>
            <translation>Legg til regel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="107" />
            <source>Remove rule</source>
            <translation>Fjern regel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="108" />
            <source>Move up</source>
            <translation>Flytt opp</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="109" />
            <source>Move down</source>
            <translation>Flytt ned</translation>
        </message>
    </context>
    <context>
        <name>SettingsController</name>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="53" />
            <source>Serial ports: {0}</source>
            <translation>Serielle porter: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="55" />
            <source>No serial ports found (keyboard-wedge scanners need none)</source>
            <translation>Fant ingen serielle porter (skannere i tastaturmodus trenger ingen)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="68" />
            <source>In use: {0}</source>
            <translation>I bruk: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/settings/controller.py" line="82" />
            <source>%n keys, gaps {0}–{1} ms</source>
            <translation>
                <numerusform>%n tast, pauser {0}–{1} ms</numerusform>
                <numerusform>%n taster, pauser {0}–{1} ms</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="92" />
            <source>broken GS1 data: {0}</source>
            <translation>ødelagte GS1-data: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="96" />
            <source>French AZERTY</source>
            <translation>fransk AZERTY</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="98" />
            <source>Danish, Swedish or Norwegian</source>
            <translation>dansk, svensk eller norsk</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="101" />
            <source>⚠ this looks like {0} typed for a {1} keyboard: set the scanner's keyboard country to match this computer</source>
            <translation>⚠ dette ser ut som {0} tastet for et {1} tastatur: sett skannerens tastaturland slik at det passer denne datamaskinen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="113" />
            <source>The slip printer takes labels only: use “packstation commands --out FILE”</source>
            <translation>Pakkseddelskriveren tar bare etiketter: bruk “packstation commands --out FILE”</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="127" />
            <source>Command barcodes printed</source>
            <translation>Kommandostrekkoder skrevet ut</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="131" />
            <source>Printing the command barcodes…</source>
            <translation>Skriver ut kommandostrekkodene…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="155" />
            <source>Printing a test on {0}…</source>
            <translation>Skriver ut en test på {0}…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="161" />
            <source>Test printed on {0}</source>
            <translation>Test skrevet ut på {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="173" />
            <source>Change the printer settings?</source>
            <translation>Endre skriverinnstillingene?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="207" />
            <source>Saved to {0}</source>
            <translation>Lagret i {0}</translation>
        </message>
    </context>
    <context>
        <name>ShopController</name>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="101" />
            <source>Enter the shop address, starting with https://</source>
            <translation>Skriv inn adressen til nettbutikken, som starter med https://</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="105" />
            <source>Enter the access token, or the client id and secret</source>
            <translation>Skriv inn tilgangstoken, eller klient-ID og klienthemmelighet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="109" />
            <source>Testing the connection…</source>
            <translation>Tester tilkoblingen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="126" />
            <source>The connection failed: {0}</source>
            <translation>Tilkoblingen mislyktes: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="133" />
            <source>Connected to {0} ({1}).</source>
            <translation>Koblet til {0} ({1}).</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="136" />
            <source>The app lacks these permissions (access scopes):</source>
            <translation>Appen mangler disse tillatelsene (access scopes):</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="146" />
            <source>{0} (inactive)</source>
            <translation>{0} (inaktiv)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="159" />
            <source>Test the connection before saving</source>
            <translation>Test tilkoblingen før du lagrer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="162" />
            <source>Choose at least one location to pack for</source>
            <translation>Velg minst én lokasjon å pakke for</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="167" />
            <source>Change the shop connection?</source>
            <translation>Endre tilkoblingen til nettbutikken?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="175" />
            <source>Saving…</source>
            <translation>Lagrer…</translation>
        </message>
    </context>
    <context>
        <name>ShopView</name>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="26" />
            <source>Shop connection</source>
            <translation>Tilkobling til nettbutikk</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="30" />
            <source>Connect this station to your Shopify store. Credentials are kept in this computer's keyring, never in files.</source>
            <translation>Koble denne stasjonen til Shopify-butikken deres. Påloggingsdata lagres i datamaskinens nøkkelring, aldri i filer.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="44" />
            <source>Shop address</source>
            <translation>Nettbutikkadresse</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="45" />
            <source>API version</source>
            <translation>API-versjon</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="47" />
            <source>Admin access token</source>
            <translation>Admin-tilgangstoken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="48" />
            <source>Client id and secret</source>
            <translation>Klient-ID og klienthemmelighet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="55" />
            <source>Sign in with</source>
            <translation>Logg inn med</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="64" />
            <source>Access token</source>
            <translation>Tilgangstoken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="65" />
            <source>Client id</source>
            <translation>Klient-ID</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="66" />
            <source>Client secret</source>
            <translation>Klienthemmelighet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="68" />
            <source>Test connection</source>
            <translation>Test tilkobling</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="75" />
            <source>Pack orders for these locations:</source>
            <translation>Pakk ordrer for disse lokasjonene:</translation>
        </message>
    </context>
    <context>
        <name>PrinterRow</name>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="41" />
            <source>Test print</source>
            <translation>Testutskrift</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="54" />
            <source>Settings</source>
            <translation>Innstillinger</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="57" />
            <source>Printers</source>
            <translation>Skrivere</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="61" />
            <source>Shipping labels</source>
            <translation>Fraktetiketter</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="62" />
            <source>Packing slips</source>
            <translation>Pakksedler</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="64" />
            <source>Scanner test: scan anything, nothing is packed</source>
            <translation>Skannertest: skann hva som helst, ingenting blir pakket</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="76" />
            <source>Print the command barcodes (scan to complete, undo, short…)</source>
            <translation>Skriv ut kommandostrekkodene (skann for å fullføre, angre, melde mangel…)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="80" />
            <source>Shop connection…</source>
            <translation>Tilkobling til nettbutikk…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="82" />
            <source>People…</source>
            <translation>Ansatte…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="84" />
            <source>Boxes…</source>
            <translation>Esker…</translation>
        </message>
    </context>
    <context>
        <name>SettingsWindows</name>
        <message>
            <location filename="../../src/packstation/ui/settings/windows.py" line="54" />
            <source>Carrier…</source>
            <translation>Transportør…</translation>
        </message>
    </context>
    <context>
        <name>AuthoriseDialog</name>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="48" />
            <source>Shift lead needed</source>
            <translation>Skiftleder må godkjenne</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="74" />
            <source>Signed in as shift lead: {0}</source>
            <translation>Logget inn som skiftleder: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="77" />
            <source>Lead</source>
            <translation>Skiftleder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="78" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="79" />
            <source>Reason</source>
            <translation>Årsak</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="81" />
            <source>Or scan the lead's badge.</source>
            <translation>Eller skann skiftlederens ID-kort.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="140" />
            <source>Checking…</source>
            <translation>Kontrollerer…</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <location filename="../../src/packstation/ui/shared/crash.py" line="27" />
            <source>Packstation hit a bug</source>
            <translation>Feil i Packstation</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/crash.py" line="29" />
            <source>Something went wrong inside Packstation. Your scans are saved. Please send the log file to your administrator:
{path}</source>
            <translation>Noe gikk galt i Packstation. Skanningene dine er lagret. Send loggfilen til administratoren din:
{path}</translation>
        </message>
    </context>
    <context>
        <name>LeadAsker</name>
        <message>
            <location filename="../../src/packstation/ui/shared/lead_gate.py" line="50" />
            <source>This needs a shift lead, and none is set up: add one with “packstation users add --role lead”</source>
            <translation>Dette krever en skiftleder, og ingen er satt opp: legg til en med “packstation users add --role lead”</translation>
        </message>
    </context>
    <context>
        <name>StationState</name>
        <message>
            <location filename="../../src/packstation/ui/shared/state.py" line="155" />
            <source>Audit entry NOT saved: {0}</source>
            <translation>Loggpost IKKE lagret: {0}</translation>
        </message>
    </context>
    <context>
        <name>TakeOver</name>
        <message>
            <location filename="../../src/packstation/ui/shared/take_over.py" line="27" />
            <source>Take {0} over to this bench? It is {1}; count its items again here</source>
            <translation>Overta {0} til dette pakkebordet? Den er {1}; tell varene på nytt her</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/take_over.py" line="31" />
            <source>Take {0} over to this bench? Count its items again here</source>
            <translation>Overta {0} til dette pakkebordet? Tell varene på nytt her</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/take_over.py" line="58" />
            <source>{0} took {1} over to this bench: count all its items again</source>
            <translation>{0} overtok {1} til dette pakkebordet: tell alle varene på nytt</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="30" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="31" />
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="32" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="33" />
            <source>Close</source>
            <translation>Lukk</translation>
        </message>
    </context>
    <context>
        <name>AboutBox</name>
        <message>
            <location filename="../../src/packstation/ui/shell/about.py" line="13" />
            <source>installed application</source>
            <translation>installert program</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/about.py" line="14" />
            <source>Python package</source>
            <translation>Python-pakke</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/about.py" line="28" />
            <source>About Packstation</source>
            <translation>Om Packstation</translation>
        </message>
    </context>
    <context>
        <name>DatabaseAlert</name>
        <message>
            <location filename="../../src/packstation/ui/shell/database_alert.py" line="50" />
            <source>{0}. The station keeps trying; wait before packing on</source>
            <translation>{0}. Stasjonen fortsetter å prøve; vent før du pakker videre</translation>
        </message>
    </context>
    <context>
        <name>StationShell</name>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="229" />
            <source>{0} signed out</source>
            <translation>{0} logget ut</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="233" />
            <source>Locked: nobody used the station for a while</source>
            <translation>Låst: stasjonen har ikke vært brukt på en stund</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="257" />
            <source>Welcome, {0}. Scan a packing slip</source>
            <translation>Velkommen, {0}. Skann en pakkseddel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="262" />
            <source>Station {0} · locked</source>
            <translation>Stasjon {0} · låst</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="264" />
            <source>Station {0} · {1}</source>
            <translation>Stasjon {0} · {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="272" />
            <source>Same scan twice from {0} in a moment: counted once</source>
            <translation>Samme skanning to ganger fra {0} rett etter hverandre: telt én gang</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="277" />
            <source>Unreadable scan from {0} ({1}): scan again</source>
            <translation>Uleselig skanning fra {0} ({1}): skann igjen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="287" />
            <source>disconnected</source>
            <translation>frakoblet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="290" />
            <source>Scanners: {0}</source>
            <translation>Skannere: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="330" />
            <source>Database reachable again: scans are saved</source>
            <translation>Databasen svarer igjen: skanninger lagres</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="340" />
            <source>✗ Database unreachable: scans are not saved</source>
            <translation>✗ Databasen kan ikke nås: skanninger lagres ikke</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="370" />
            <source>⚠ {0}: {1}</source>
            <translation>⚠ {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="373" />
            <source>● {0} online</source>
            <translation>● {0} tilkoblet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="376" />
            <source>○ Offline: packing continues, sync later</source>
            <translation>○ Frakoblet: pakkingen fortsetter, synk senere</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/shell/station.py" line="378" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n venter på synkronisering</numerusform>
                <numerusform>%n venter på synkronisering</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="381" />
            <source>Last sync {0}</source>
            <translation>Siste synk {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/shell/station.py" line="388" />
            <source>Loading the queue: %n orders…</source>
            <translation>
                <numerusform>Laster inn køen: %n ordre…</numerusform>
                <numerusform>Laster inn køen: %n ordrer…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/packstation/ui/shell/window.py" line="20" />
            <source>Packstation</source>
            <translation>Packstation</translation>
        </message>
    </context>
    <context>
        <name>SignInController</name>
        <message>
            <location filename="../../src/packstation/ui/sign_in/controller.py" line="49" />
            <source>Station {0} is locked</source>
            <translation>Stasjon {0} er låst</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/sign_in/controller.py" line="77" />
            <source>Checking…</source>
            <translation>Kontrollerer…</translation>
        </message>
    </context>
    <context>
        <name>SignInView</name>
        <message>
            <location filename="../../src/packstation/ui/sign_in/view.py" line="29" />
            <source>Scan your badge, or choose your name</source>
            <translation>Skann ID-kortet ditt, eller velg navnet ditt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/sign_in/view.py" line="45" />
            <source>Sign in</source>
            <translation>Logg inn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/sign_in/view.py" line="84" />
            <source>PIN for {0}</source>
            <translation>PIN for {0}</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>Doctor</name>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="16" />
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="21" />
            <source>{products} and {more} more</source>
            <translation>{products} en nog {more}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="22" />
            <source>(no name)</source>
            <translation>(geen naam)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="26" />
            <source>carrier</source>
            <translation>vervoerder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="27" />
            <source>account {name} answers; carriers: {carriers}</source>
            <translation>account {name} antwoordt; vervoerders: {carriers}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="36" />
            <source>carrier products</source>
            <translation>producten van de vervoerder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="37" />
            <source>the account has no products to book</source>
            <translation>het account heeft geen producten om te boeken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="53" />
            <source>none configured: no carrier labels are booked</source>
            <translation>niets ingesteld: er worden geen verzendlabels bij een vervoerder geboekt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="57" />
            <source>the ship-from address lacks {fields}</source>
            <translation>het afzendadres mist {fields}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="60" />
            <source>sender</source>
            <translation>afzender</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="69" />
            <source>its production URL</source>
            <translation>de productie-URL</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="70" />
            <source>{kind} at {where}: {why}</source>
            <translation>{kind} op {where}: {why}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="269" />
            <source>database</source>
            <translation>database</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="271" />
            <source>{url} (schema {revision})</source>
            <translation>{url} (schema {revision})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="286" />
            <source>shop</source>
            <translation>webshop</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="287" />
            <source>{shop} answers</source>
            <translation>{shop} reageert</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="294" />
            <source>{shop} cannot be reached: {why}</source>
            <translation>{shop} is niet bereikbaar: {why}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="299" />
            <source>label printer</source>
            <translation>verzendlabelprinter</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="299" />
            <source>slip printer</source>
            <translation>pakbonprinter</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="308" />
            <source>scanner</source>
            <translation>scanner</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="310" />
            <source>keyboard wedge: a scan is ≥{keys} keys ≤{gap} ms apart ending in Enter</source>
            <translation>toetsenbordscanner: een scan is ≥{keys} tekens met ≤{gap} ms ertussen, afgesloten met Enter</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="326" />
            <source>sync</source>
            <translation>sync</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/cli.py" line="327" />
            <source>%n fulfillments waiting to be sent to the shop</source>
            <translation>
                <numerusform>%n zending wacht op verzending naar de webshop</numerusform>
                <numerusform>%n zendingen wachten op verzending naar de webshop</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/cli.py" line="347" />
            <source>%n orders being packed</source>
            <translation>
                <numerusform>%n order wordt ingepakt</numerusform>
                <numerusform>%n orders worden ingepakt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="349" />
            <source>; expired (a shift lead can take these over): </source>
            <translation>; verlopen (een ploegleider kan ze overnemen):</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="352" />
            <source>claims</source>
            <translation>claims</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="364" />
            <source>{where} cannot be reached{reason}. Nothing can be packed or saved until it answers; check that the database server runs and that this machine can reach it.</source>
            <translation>{where} is niet bereikbaar{reason}. Er kan niets worden ingepakt of opgeslagen tot hij reageert; controleer of de databaseserver draait en of deze computer hem kan bereiken.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="390" />
            <source>{shop} ({domain}) answers at {endpoint}</source>
            <translation>{shop} ({domain}) reageert op {endpoint}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="393" />
            <source>all scopes granted</source>
            <translation>alle rechten verleend</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="395" />
            <source>access</source>
            <translation>toegang</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="399" />
            <source>locations</source>
            <translation>locaties</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="402" />
            <source>none chosen; set shopify_locations to one of: {names}</source>
            <translation>geen gekozen; stel shopify_locations in op een van: {names}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="405" />
            <source>unknown location {number}</source>
            <translation>onbekende locatie {number}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/devices/scale/doctor.py" line="20" />
            <source>scale</source>
            <translation>weegschaal</translation>
        </message>
        <message>
            <location filename="../../src/packstation/devices/scale/doctor.py" line="21" />
            <source>none configured: labels use the expected weight</source>
            <translation>geen ingesteld: verzendlabels gebruiken het verwachte gewicht</translation>
        </message>
    </context>
    <context>
        <name>ShippingLabel</name>
        <message>
            <location filename="../../src/packstation/carriers/own.py" line="161" />
            <source>{weight} (estimated)</source>
            <translation>{weight} (geschat)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="217" />
            <source>Order {order}   {weight}   Package {package}/{count}</source>
            <translation>Order {order}   {weight}   Pakket {package}/{count}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="219" />
            <source>FROM</source>
            <translation>AFZENDER</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="220" />
            <source>SHIP TO</source>
            <translation>ONTVANGER</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="221" />
            <source>REPRINT</source>
            <translation>HERDRUK</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="229" />
            <source>{carrier} tracking</source>
            <translation>{carrier} track &amp; trace</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/layout.py" line="231" />
            <source>%n units</source>
            <translation>
                <numerusform>%n artikel</numerusform>
                <numerusform>%n artikelen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pdf.py" line="91" />
            <source>Shipping label {order}</source>
            <translation>Verzendlabel {order}</translation>
        </message>
    </context>
    <context>
        <name>Carrier</name>
        <message>
            <location filename="../../src/packstation/carriers/registry.py" line="74" />
            <source>No carrier API user and key yet: enter them in Settings → Carrier (or set {user} and {key} for a headless station)</source>
            <translation>Nog geen API-gebruiker en -sleutel voor de vervoerder: vul ze in bij Instellingen → Vervoerder (of zet {user} en {key} op een station zonder scherm)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/shipmondo/http.py" line="33" />
            <source>The carrier account refused the key: check the API user and key in Settings → Carrier</source>
            <translation>Het account bij de vervoerder weigerde de sleutel: controleer API-gebruiker en -sleutel bij Instellingen → Vervoerder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/shipmondo/http.py" line="63" />
            <source>no reason given</source>
            <translation>geen reden opgegeven</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/shipmondo/http.py" line="65" />
            <source>The carrier refused the booking: {reason}</source>
            <translation>De vervoerder weigerde de boeking: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/sync/bookings.py" line="220" />
            <source>The carrier keeps refusing it</source>
            <translation>De vervoerder blijft hem weigeren</translation>
        </message>
    </context>
    <context>
        <name>PickList</name>
        <message>
            <location filename="../../src/packstation/cli.py" line="231" />
            <source>Pick list · {station}</source>
            <translation>Picklijst · {station}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="44" />
            <source>Bin</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="45" />
            <source>SKU</source>
            <translation>Artikelnr.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="46" />
            <source>Qty</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="47" />
            <source>Item</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="48" />
            <source>Orders</source>
            <translation>Orders</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/pick_list.py" line="83" />
            <source>%n orders</source>
            <translation>
                <numerusform>%n order</numerusform>
                <numerusform>%n orders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/pick_list.py" line="84" />
            <source>%n units</source>
            <translation>
                <numerusform>%n artikel</numerusform>
                <numerusform>%n artikelen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="85" />
            <source>page {page}</source>
            <translation>pagina {page}</translation>
        </message>
    </context>
    <context>
        <name>Scanning</name>
        <message>
            <location filename="../../src/packstation/devices/scanner/framing.py" line="23" />
            <source>too long</source>
            <translation>te lang</translation>
        </message>
        <message>
            <location filename="../../src/packstation/devices/scanner/framing.py" line="28" />
            <source>not valid text (wrong baud rate or scanner setting?)</source>
            <translation>geen geldige tekst (verkeerde baudrate of scannerinstelling?)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/barcodes.py" line="28" />
            <source>empty</source>
            <translation>leeg</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/barcodes.py" line="32" />
            <source>control characters</source>
            <translation>stuurtekens</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/barcodes.py" line="34" />
            <source>characters that are not text</source>
            <translation>tekens die geen tekst zijn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="158" />
            <source>unknown application identifier at position {position}: {code}</source>
            <translation>onbekende AI (application identifier) op positie {position}: {code}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="169" />
            <source>AI ({ai}) has no data</source>
            <translation>AI ({ai}) heeft geen gegevens</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="172" />
            <source>AI ({ai}) must be digits: {value}</source>
            <translation>AI ({ai}) moet uit cijfers bestaan: {value}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="176" />
            <source>AI ({ai}) needs {length} digits, got {got}</source>
            <translation>AI ({ai}) moet {length} cijfers hebben, kreeg er {got}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="186" />
            <source>AI ({ai}) is longer than {length}</source>
            <translation>AI ({ai}) is langer dan {length}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="190" />
            <source>AI ({ai}) has characters or a length GS1 does not allow: {value}</source>
            <translation>AI ({ai}) heeft tekens of een lengte die GS1 niet toestaat: {value}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="201" />
            <source>AI ({ai}) {part} has a wrong check digit</source>
            <translation>AI ({ai}) {part} heeft een verkeerd controlecijfer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="206" />
            <source>AI ({ai}) {part} is not a date</source>
            <translation>AI ({ai}) {part} is geen datum</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="240" />
            <source>no element strings</source>
            <translation>geen GS1-gegevens in de code</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="249" />
            <source>not a human-readable GS1 string</source>
            <translation>geen leesbare GS1-tekst</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="254" />
            <source>unknown application identifier ({ai})</source>
            <translation>onbekende AI (application identifier) ({ai})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/packing.py" line="175" />
            <source>serial-numbered items are scanned one at a time</source>
            <translation>artikelen met serienummer worden één voor één gescand</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/packing.py" line="194" />
            <source>empty serial number</source>
            <translation>leeg serienummer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/packing.py" line="196" />
            <source>a serial number is at most {most} characters long; this one has {length}</source>
            <translation>een serienummer is hoogstens {most} tekens lang; dit heeft er {length}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/packing.py" line="203" />
            <source>that is a product barcode: scan the serial number of {item}</source>
            <translation>dat is de barcode van een artikel: scan het serienummer van {item}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/packing.py" line="209" />
            <source>serial number {serial} was already scanned in this order</source>
            <translation>serienummer {serial} is al gescand in deze order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/packing.py" line="215" />
            <source>serial number {serial} already left in order {order}</source>
            <translation>serienummer {serial} is al verzonden met order {order}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/packing.py" line="229" />
            <source>unreadable</source>
            <translation>onleesbaar</translation>
        </message>
    </context>
    <context>
        <name>Boxes</name>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="57" />
            <source>boxes must be [[box]] tables</source>
            <translation>dozen moeten [[box]]-tabellen zijn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="66" />
            <source>box {number} is not a table</source>
            <translation>doos {number} is geen tabel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="69" />
            <source>box {number}</source>
            <translation>doos {number}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="71" />
            <source>box {name}</source>
            <translation>doos {name}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="74" />
            <source>{box} has no name</source>
            <translation>{box} heeft geen naam</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="78" />
            <source>{box}: unknown field(s) {fields}</source>
            <translation>{box}: onbekende velden {fields}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="87" />
            <source>{box}: barcode must be text (quote it)</source>
            <translation>{box}: barcode moet tekst zijn (zet er aanhalingstekens omheen)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="92" />
            <source>{box} has no {field}</source>
            <translation>{box} mist {field}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="95" />
            <source>{box}: {field} must be a whole number, not {value}</source>
            <translation>{box}: {field} moet een geheel getal zijn, niet {value}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="104" />
            <source>{box}: tare_g must be 0 or more</source>
            <translation>{box}: tare_g moet 0 of meer zijn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="107" />
            <source>{box}: {field} must be more than 0</source>
            <translation>{box}: {field} moet meer dan 0 zijn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="111" />
            <source>{box}: max_weight_g must be more than its tare_g</source>
            <translation>{box}: max_weight_g moet meer zijn dan zijn tare_g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="121" />
            <source>two boxes have the {field} {value}</source>
            <translation>twee dozen hebben dezelfde {field} {value}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/weight_check.py" line="193" />
            <source>a unit weight must be more than 0 g</source>
            <translation>gewicht per stuk moet meer dan 0 g zijn</translation>
        </message>
    </context>
    <context>
        <name>Booking</name>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="124" />
            <source>No shipping rule matches this order: delivery {delivery} ({kind}) to {country}, {kg} kg. Add a rule in Settings → Shipping rules, or a lead can choose the carrier product for this order.</source>
            <translation>Geen verzendregel past bij deze order: levering {delivery} ({kind}) naar {country}, {kg} kg. Voeg een regel toe bij Instellingen → Verzendregels, of een ploegleider kan het vervoerdersproduct voor deze order kiezen.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/booking.py" line="167" />
            <source>No label for {order}: {reason}</source>
            <translation>Geen verzendlabel voor {order}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="153" />
            <source>Shipping rule {rule}: {key} must be text or a list of texts</source>
            <translation>Verzendregel {rule}: {key} moet tekst of een lijst met teksten zijn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="168" />
            <source>Shipping rule {rule}: {key} must be a whole number of grams</source>
            <translation>Verzendregel {rule}: {key} moet een geheel aantal grammen zijn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="200" />
            <source>Shipping rule {rule}: unknown key(s) {keys}</source>
            <translation>Verzendregel {rule}: onbekende sleutels {keys}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="210" />
            <source>Shipping rule {rule}: product_code is missing</source>
            <translation>Verzendregel {rule}: product_code ontbreekt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="217" />
            <source>Shipping rule {rule}: method_type {kind} does not take a carrier product (only SHIPPING and PICKUP_POINT do)</source>
            <translation>Verzendregel {rule}: method_type {kind} gebruikt geen vervoerdersproduct (alleen SHIPPING en PICKUP_POINT)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="230" />
            <source>Shipping rule {rule}: {codes} is not a two-letter country code</source>
            <translation>Verzendregel {rule}: {codes} is geen landcode van twee letters</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="241" />
            <source>Shipping rule {rule}: max_weight_g is below min_weight_g</source>
            <translation>Verzendregel {rule}: max_weight_g is kleiner dan min_weight_g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="250" />
            <source>Shipping rule {rule}: list services one by one</source>
            <translation>Verzendregel {rule}: noem de extra diensten één voor één</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="275" />
            <source>shipping_rule must be a list of tables ([[shipping_rule]])</source>
            <translation>shipping_rule moet een lijst met tabellen zijn ([[shipping_rule]])</translation>
        </message>
    </context>
    <context>
        <name>Words</name>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="24" />
            <source>Ready</source>
            <translation>Gereed</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="25" />
            <source>Spool folder</source>
            <translation>Printmap</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="26" />
            <source>No printer configured</source>
            <translation>Geen printer ingesteld</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="27" />
            <source>CUPS is not available</source>
            <translation>CUPS is niet beschikbaar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="28" />
            <source>keyboard</source>
            <translation>toetsenbord</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="29" />
            <source>keyboard wedge ready</source>
            <translation>toetsenbordscanner gereed</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="30" />
            <source>starting</source>
            <translation>start op</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="31" />
            <source>connected</source>
            <translation>verbonden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="32" />
            <source>disconnected</source>
            <translation>niet verbonden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="33" />
            <source>Packstation stopped while this job was being sent</source>
            <translation>Packstation stopte terwijl deze taak werd verzonden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="40" />
            <source>{0} is out of labels: load a roll and press Retry</source>
            <translation>{0} heeft geen labels meer: plaats een nieuwe rol en druk op Opnieuw proberen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="41" />
            <source>{0}'s print head is open: close it and press Retry</source>
            <translation>De printkop van {0} staat open: sluit hem en druk op Opnieuw proberen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="42" />
            <source>{0} is out of ribbon: load one and press Retry</source>
            <translation>{0} heeft geen lint meer: plaats een nieuw lint en druk op Opnieuw proberen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="43" />
            <source>{0}'s print head temperature is out of range: wait a moment and press Retry</source>
            <translation>De printkop van {0} heeft een verkeerde temperatuur: wacht even en druk op Opnieuw proberen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="47" />
            <source>{0} is paused: press its pause button, then Retry</source>
            <translation>{0} staat op pauze: druk op de pauzeknop en daarna op Opnieuw proberen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="48" />
            <source>{0} is busy (buffer full): wait and Retry</source>
            <translation>{0} is bezig (buffer vol): wacht en Opnieuw proberen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="49" />
            <source>{0} is ready</source>
            <translation>{0} is gereed</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="50" />
            <source>{0} gave an unreadable status reply</source>
            <translation>{0} gaf een onleesbaar statusantwoord</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="51" />
            <source>{0} does not answer: check for an open head or an empty roll</source>
            <translation>{0} reageert niet: controleer of de printkop openstaat of de rol leeg is</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="52" />
            <source>The connection to {0} broke during the job: the label may or may not have printed. Check the printer before reprinting.</source>
            <translation>De verbinding met {0} viel weg tijdens de taak: het verzendlabel is misschien wel, misschien niet geprint. Controleer de printer voordat je opnieuw print.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="57" />
            <source>{0} did not confirm that it took the job: the label may or may not have printed. Check the printer before reprinting.</source>
            <translation>{0} heeft niet bevestigd dat de taak is ontvangen: het verzendlabel is misschien wel, misschien niet geprint. Controleer de printer voordat je opnieuw print.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="62" />
            <source>{0} took the job, then reported: {1}. Check whether the label printed before reprinting.</source>
            <translation>{0} heeft de taak ontvangen en meldde daarna: {1}. Controleer of het verzendlabel geprint is voordat je opnieuw print.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="66" />
            <source>{0} took the job, but its label counter did not move: the label may not have printed. Check the printer before reprinting.</source>
            <translation>{0} heeft de taak ontvangen, maar de labelteller bewoog niet: het verzendlabel is misschien niet geprint. Controleer de printer voordat je opnieuw print.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="71" />
            <source>The disk holding {0} is full: free some space and press Reprint</source>
            <translation>De schijf met {0} is vol: maak ruimte vrij en druk op Opnieuw printen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="72" />
            <source>{0} cannot be opened: is it plugged in?</source>
            <translation>{0} kan niet worden geopend: is hij aangesloten?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="73" />
            <source>Ready (spool folder {0})</source>
            <translation>Gereed (printmap {0})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="74" />
            <source>Ready ({0})</source>
            <translation>Gereed ({0})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="75" />
            <source>Cannot write to {0}</source>
            <translation>Kan niet schrijven naar {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="76" />
            <source>No permission to write {0}</source>
            <translation>Geen toestemming om naar {0} te schrijven</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="77" />
            <source>{0} is not connected</source>
            <translation>{0} is niet aangesloten</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="78" />
            <source>CUPS queue {0} not found</source>
            <translation>CUPS-wachtrij {0} niet gevonden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="79" />
            <source>Cannot create the print folder {0}: {1}</source>
            <translation>Kan de printmap {0} niet aanmaken: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="23" />
            <source>packer</source>
            <translation>inpakker</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="24" />
            <source>shift lead</source>
            <translation>ploegleider</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="25" />
            <source>admin</source>
            <translation>beheerder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="37" />
            <source>en</source>
            <translation>nl</translation>
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
            <translation>Doos {number}/{count} ({box}): {contents}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="42" />
            <source>Packing slip {order}</source>
            <translation>Pakbon {order}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="77" />
            <source>REPRINT</source>
            <translation>HERDRUK</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="131" />
            <source>Ship to</source>
            <translation>Verzenden naar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="143" />
            <source>Shipping: {method}</source>
            <translation>Verzending: {method}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="145" />
            <source>Date: {date}</source>
            <translation>Datum: {date}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="151" />
            <source>Tracking: {tracking}</source>
            <translation>Track &amp; trace: {tracking}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="159" />
            <source>Qty</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="160" />
            <source>SKU</source>
            <translation>Artikelnr.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="161" />
            <source>Bin</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="162" />
            <source>Item</source>
            <translation>Artikel</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/slip.py" line="188" />
            <source>%n units</source>
            <translation>
                <numerusform>%n artikel</numerusform>
                <numerusform>%n artikelen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="196" />
            <source>Part shipment: {reason}</source>
            <translation>Deellevering: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="207" />
            <source>Note from the customer</source>
            <translation>Bericht van de klant</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="212" />
            <source>Returns</source>
            <translation>Retourneren</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip_zpl.py" line="33" />
            <source>{shop} · Packing slip</source>
            <translation>{shop} · Pakbon</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip_zpl.py" line="55" />
            <source>Note: {note}</source>
            <translation>Bericht: {note}</translation>
        </message>
    </context>
    <context>
        <name>CommandSheet</name>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="23" />
            <source>Complete the order (F10)</source>
            <translation>Order afronden (F10)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="24" />
            <source>Undo the last scan (F4)</source>
            <translation>Laatste scan ongedaan maken (F4)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="25" />
            <source>Ship short / partial (F9)</source>
            <translation>Gedeeltelijk verzenden (F9)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="26" />
            <source>Reprint label and slip (F8)</source>
            <translation>Label en pakbon opnieuw printen (F8)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="27" />
            <source>Back to the queue / close a panel (Esc)</source>
            <translation>Terug naar de wachtrij / paneel sluiten (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="28" />
            <source>Close this box, start a new one (Ctrl+N)</source>
            <translation>Doos sluiten, nieuwe beginnen (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="40" />
            <source>Packstation command barcodes</source>
            <translation>Packstation-opdrachtbarcodes</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="43" />
            <source>Packstation: scan to act</source>
            <translation>Packstation: scan een opdracht</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="45" />
            <source>Station {station}. Works on the pack screen.</source>
            <translation>Station {station}. Werkt op het inpakscherm.</translation>
        </message>
    </context>
    <context>
        <name>Manifest</name>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="45" />
            <source>Carrier manifest · {carrier} · {date}</source>
            <translation>Vervoerdersmanifest · {carrier} · {date}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="49" />
            <source>From {sender}</source>
            <translation>Van {sender}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/manifest.py" line="50" />
            <source>%n shipments</source>
            <translation>
                <numerusform>%n zending</numerusform>
                <numerusform>%n zendingen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/manifest.py" line="52" />
            <source>%n parcels</source>
            <translation>
                <numerusform>%n pakket</numerusform>
                <numerusform>%n pakketten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="71" />
            <source>Driver's signature: ______________________   Time: ________</source>
            <translation>Handtekening chauffeur: ______________________   Tijd: ________</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="77" />
            <source>No shipments on {date}</source>
            <translation>Geen zendingen op {date}</translation>
        </message>
    </context>
    <context>
        <name>ShiftReport</name>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="41" />
            <source>shipped_at</source>
            <translation>verzonden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="42" />
            <source>order</source>
            <translation>order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="43" />
            <source>recipient</source>
            <translation>ontvanger</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="44" />
            <source>city</source>
            <translation>plaats</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="45" />
            <source>country</source>
            <translation>land</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="46" />
            <source>carrier</source>
            <translation>vervoerder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="47" />
            <source>tracking</source>
            <translation>trackingnummer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="48" />
            <source>units</source>
            <translation>artikelen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="49" />
            <source>partial_reason</source>
            <translation>reden deellevering</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="96" />
            <source>End of shift · {station} · {start}–{end}</source>
            <translation>Dienstrapport · {station} · {start}–{end}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="102" />
            <source>%n orders packed</source>
            <translation>
                <numerusform>%n order ingepakt</numerusform>
                <numerusform>%n orders ingepakt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="103" />
            <source>%n still open</source>
            <translation>
                <numerusform>%n nog open</numerusform>
                <numerusform>%n nog open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="104" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n wacht op synchronisatie</numerusform>
                <numerusform>%n wachten op synchronisatie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="105" />
            <source>%n open exceptions</source>
            <translation>
                <numerusform>%n open uitzondering</numerusform>
                <numerusform>%n open uitzonderingen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="111" />
            <source>Audit log: {head}</source>
            <translation>Auditlog: {head}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="114" />
            <source>Packer</source>
            <translation>Inpakker</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="115" />
            <source>Orders</source>
            <translation>Orders</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="116" />
            <source>Units</source>
            <translation>Artikelen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="117" />
            <source>Mis-scans</source>
            <translation>Foutscans</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="118" />
            <source>Overrides</source>
            <translation>Overschrijvingen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="119" />
            <source>Avg/order</source>
            <translation>Gem./order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="129" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="149" />
            <source>Shipments</source>
            <translation>Zendingen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="161" />
            <source>%n units</source>
            <translation>
                <numerusform>%n artikel</numerusform>
                <numerusform>%n artikelen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="80" />
            <source>Give the person's name</source>
            <translation>Vul de naam van de medewerker in</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/services/auth.py" line="82" />
            <source>A PIN needs at least %n digits</source>
            <translation>
                <numerusform>Een PIN moet minstens %n cijfer hebben</numerusform>
                <numerusform>Een PIN moet minstens %n cijfers hebben</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="85" />
            <source>A lead needs a PIN of at least 4 digits, or a badge</source>
            <translation>Een ploegleider heeft een PIN van minstens 4 cijfers of een pas nodig</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="90" />
            <source>{name} is already set up</source>
            <translation>{name} bestaat al</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="94" />
            <source>That badge belongs to {name}</source>
            <translation>Die pas is van {name}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="126" />
            <source>Nobody called {name} is set up</source>
            <translation>Er is geen medewerker met de naam {name}</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="186" />
            <source>Unknown badge</source>
            <translation>Onbekende pas</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="186" />
            <source>Choose your name</source>
            <translation>Kies je naam</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="193" />
            <source>Too many wrong PINs for {name}: scan the badge instead</source>
            <translation>Te veel verkeerde PIN-codes voor {name}: scan in plaats daarvan de pas</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="199" />
            <source>Wrong PIN for {name}</source>
            <translation>Verkeerde PIN voor {name}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="220" />
            <source>Give a reason</source>
            <translation>Geef een reden op</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="260" />
            <source>{name} is not a shift lead</source>
            <translation>{name} is geen ploegleider</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="278" />
            <source>Choose a lead</source>
            <translation>Kies een ploegleider</translation>
        </message>
    </context>
    <context>
        <name>Claims</name>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="93" />
            <source>{order} is now {claim}</source>
            <translation>{order} wordt nu {claim}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="108" />
            <source>Order {order} has already been packed</source>
            <translation>Order {order} is al ingepakt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="114" />
            <source>Order {order} is on hold: {reason}</source>
            <translation>Order {order} staat in de wacht: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="121" />
            <source>Order {order} is on hold</source>
            <translation>Order {order} staat in de wacht</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="125" />
            <source>Order {order} was cancelled in the shop: do not pack it</source>
            <translation>Order {order} is geannuleerd in de webshop: niet inpakken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="132" />
            <source>Order {order} was closed in the shop: do not pack it</source>
            <translation>Order {order} is gesloten in de webshop: niet inpakken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="201" />
            <source>No order {order} is known to this station</source>
            <translation>Dit station kent geen order {order}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="252" />
            <source>{lead} took {order} over: it is now being packed at {station} by {user}. Put its items aside.</source>
            <translation>{lead} heeft {order} overgenomen: de order wordt nu ingepakt bij {station} door {user}. Leg de artikelen apart.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="261" />
            <source>{order} is now being packed at {station} by {user}</source>
            <translation>{order} wordt nu ingepakt bij {station} door {user}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="269" />
            <source>A shift lead took {order} over: it is no longer on this bench</source>
            <translation>Een ploegleider heeft {order} overgenomen: de order ligt niet meer op deze inpaktafel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="275" />
            <source>{order} was set aside for a shift lead</source>
            <translation>{order} is apart gezet voor een ploegleider</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="276" />
            <source>{order} is no longer claimed by this bench</source>
            <translation>{order} is niet meer geclaimd door deze inpaktafel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="304" />
            <source>Not shipped: {why}</source>
            <translation>Niet verzonden: {why}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/refusals.py" line="37" />
            <source>was being packed at {station} by {user}; {station} has not answered since {since}</source>
            <translation>ingepakt bij {station} door {user}, maar {station} reageert niet meer sinds {since}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/refusals.py" line="44" />
            <source>being packed at {station} by {user}</source>
            <translation>ingepakt bij {station} door {user}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/refusals.py" line="54" />
            <source>{order} {claim}: a shift lead can take it over</source>
            <translation>{order} wordt {claim}: een ploegleider kan de order overnemen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/refusals.py" line="61" />
            <source>{order} is {claim}</source>
            <translation>{order} wordt {claim}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/services/replay.py" line="70" />
            <source>{item} (%n counted) is no longer wanted</source>
            <translation>
                <numerusform>{item} (%n geteld) is niet meer nodig</numerusform>
                <numerusform>{item} (%n geteld) is niet meer nodig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/services/replay.py" line="74" />
            <source>{item} is down to {wanted} (%n counted)</source>
            <translation>
                <numerusform>{item} is verlaagd naar {wanted} (%n geteld)</numerusform>
                <numerusform>{item} is verlaagd naar {wanted} (%n geteld)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/replay.py" line="82" />
            <source>Order {order} was changed in the shop while it was being packed: {changes}. Put the items aside: a shift lead decides what to do with them.</source>
            <translation>Order {order} is in de webshop gewijzigd tijdens het inpakken: {changes}. Leg de artikelen apart: een ploegleider beslist wat ermee gebeurt.</translation>
        </message>
    </context>
    <context>
        <name>Exceptions</name>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="22" />
            <source>Confirmed by hand</source>
            <translation>Handmatig bevestigd</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="23" />
            <source>Short shipment</source>
            <translation>Deellevering</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="24" />
            <source>Refused by the shop</source>
            <translation>Geweigerd door de webshop</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="25" />
            <source>Sent twice: the duplicate was cancelled</source>
            <translation>Twee keer verzonden: het duplicaat is geannuleerd</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="26" />
            <source>Changed in the shop while packing</source>
            <translation>Gewijzigd in de webshop tijdens het inpakken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="27" />
            <source>Printing failed</source>
            <translation>Printen mislukt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="28" />
            <source>No carrier label</source>
            <translation>Geen verzendlabel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="29" />
            <source>Refused by the carrier</source>
            <translation>Geweigerd door de vervoerder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="30" />
            <source>Booked twice with the carrier</source>
            <translation>Twee keer geboekt bij de vervoerder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="31" />
            <source>The carrier would not cancel</source>
            <translation>De vervoerder wilde niet annuleren</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="78" />
            <source>{title} ({sku}) confirmed by {lead}: {reason}</source>
            <translation>{title} ({sku}) bevestigd door {lead}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="93" />
            <source>Shipped without {items}; allowed by {lead}: {reason}</source>
            <translation>Verzonden zonder {items}; toegestaan door {lead}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="143" />
            <source>Exception {id} does not exist</source>
            <translation>Afwijking {id} bestaat niet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="234" />
            <source>Write what was said or agreed</source>
            <translation>Schrijf op wat er gezegd of afgesproken is</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="260" />
            <source>Only a refused shipment can be sent again</source>
            <translation>Alleen een geweigerde zending kan opnieuw worden verzonden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="266" />
            <source>This shipment is no longer waiting to be sent</source>
            <translation>Deze zending wacht niet meer op verzending</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="297" />
            <source>This exception was resolved meanwhile</source>
            <translation>Deze afwijking is intussen afgehandeld</translation>
        </message>
    </context>
    <context>
        <name>Packing</name>
        <message>
            <location filename="../../src/packstation/services/packing.py" line="420" />
            <source>The carrier refused the booking of {order}: {words}</source>
            <translation>De vervoerder weigerde de boeking van {order}: {words}</translation>
        </message>
    </context>
    <context>
        <name>Voids</name>
        <message>
            <location filename="../../src/packstation/services/voids.py" line="52" />
            <source>Order {order} has no shipment to void</source>
            <translation>Order {order} heeft geen zending om ongeldig te maken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/voids.py" line="62" />
            <source>No such shipment</source>
            <translation>Deze zending bestaat niet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/voids.py" line="65" />
            <source>The shipment of {order} is already void</source>
            <translation>De zending van {order} is al ongeldig</translation>
        </message>
    </context>
    <context>
        <name>Shop</name>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="108" />
            <source>The shop refused the access token: check the shop connection in Settings</source>
            <translation>De webshop weigerde het toegangstoken: controleer de webshopkoppeling bij Instellingen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="124" />
            <source>The shop keeps asking to slow down: syncing again later</source>
            <translation>De webshop vraagt steeds om het rustiger aan te doen: later opnieuw synchroniseren</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="134" />
            <source>The shop asked to wait {seconds} s: syncing again later</source>
            <translation>De webshop vroeg {seconds} s te wachten: later opnieuw synchroniseren</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="148" />
            <source>Cannot reach the shop ({why})</source>
            <translation>De webshop is niet bereikbaar ({why})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="151" />
            <source>The shop did not answer in time</source>
            <translation>De webshop antwoordde niet op tijd</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="162" />
            <source>The shop refused access: the app lacks a permission (access scope) it needs</source>
            <translation>De webshop weigerde toegang: de app mist een machtiging (access scope) die hij nodig heeft</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="169" />
            <source>The shop sent a web page instead of data (HTTP {status})</source>
            <translation>De webshop stuurde een webpagina in plaats van gegevens (HTTP {status})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="177" />
            <source>The shop has a problem (HTTP {status})</source>
            <translation>De webshop heeft een probleem (HTTP {status})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="181" />
            <source>The shop refused the request (HTTP {status})</source>
            <translation>De webshop weigerde het verzoek (HTTP {status})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="193" />
            <source>The shop sent an unexpected reply</source>
            <translation>De webshop stuurde een onverwacht antwoord</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="204" />
            <source>The shop refused the request: {why}</source>
            <translation>De webshop weigerde het verzoek: {why}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="208" />
            <source>The shop's reply has no data</source>
            <translation>Het antwoord van de webshop bevat geen gegevens</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/connector.py" line="27" />
            <source>read the orders waiting at your locations (without it the queue stays empty)</source>
            <translation>de orders te lezen die op je locaties wachten (zonder deze blijft de wachtrij leeg)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/connector.py" line="30" />
            <source>mark orders as shipped (and cancel voided shipments), report packing progress and hold orders</source>
            <translation>orders als verzonden te markeren (en zendingen te annuleren), de inpakvoortgang te melden en orders in de wacht te zetten</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/connector.py" line="35" />
            <source>read order notes, gift messages, tags and cancellations</source>
            <translation>ordernotities, cadeauberichten, tags en annuleringen te lezen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/connector.py" line="36" />
            <source>read product barcodes, bins, case barcodes and images (without it items can only be scanned by SKU)</source>
            <translation>barcodes, locaties, doosbarcodes en afbeeldingen van producten te lezen (zonder deze kunnen artikelen alleen op SKU worden gescand)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/connector.py" line="41" />
            <source>list your locations</source>
            <translation>je locaties op te sommen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/connector.py" line="68" />
            <source>{scope}: needed to {what}</source>
            <translation>{scope}: nodig om {what}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/credentials.py" line="142" />
            <source>No shop credentials yet: enter them in Settings → Shop (or set {variable} for headless use)</source>
            <translation>Nog geen inloggegevens voor de webshop: vul ze in bij Instellingen → Webshop (of zet {variable} op een station zonder scherm)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/credentials.py" line="183" />
            <source>Cannot reach the shop to renew its access ({why})</source>
            <translation>De webshop is niet bereikbaar om de toegang te vernieuwen ({why})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/credentials.py" line="195" />
            <source>The shop refused the client id and secret: check them in Settings → Shop</source>
            <translation>De webshop weigerde de client-id en het client secret: controleer ze bij Instellingen → Webshop</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <location filename="../../src/packstation/storage/db.py" line="29" />
            <source>database unreachable - scans are not being saved</source>
            <translation>database onbereikbaar - scans worden niet opgeslagen</translation>
        </message>
    </context>
    <context>
        <name>BatchesController</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="93" />
            <source>%n batches</source>
            <translation>
                <numerusform>%n batch</numerusform>
                <numerusform>%n batches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="93" />
            <source>%n orders</source>
            <translation>
                <numerusform>%n order</numerusform>
                <numerusform>%n orders</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="95" />
            <source>No queued order (outside a batch) matches these rules</source>
            <translation>Geen order in de wachtrij (buiten een batch) voldoet aan deze regels</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="107" />
            <source>%n batches built: filter the queue by a batch's name</source>
            <translation>
                <numerusform>%n batch gemaakt: filter de wachtrij op de naam van een batch</numerusform>
                <numerusform>%n batches gemaakt: filter de wachtrij op de naam van een batch</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="131" />
            <source>{0} of {1} packed</source>
            <translation>{0} van {1} ingepakt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="178" />
            <source>The slip printer takes labels only: print pick lists with “packstation batches”</source>
            <translation>De pakbonprinter neemt alleen labels: print picklijsten met “packstation batches”</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="188" />
            <source>Pick list of {0} printed</source>
            <translation>Picklijst van {0} geprint</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="202" />
            <source>%n packing slips of {0} printed</source>
            <translation>
                <numerusform>%n pakbon van {0} geprint</numerusform>
                <numerusform>%n pakbonnen van {0} geprint</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="213" />
            <source>%n labels queued</source>
            <translation>
                <numerusform>%n verzendlabel in de printwachtrij</numerusform>
                <numerusform>%n verzendlabels in de printwachtrij</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="215" />
            <source>%n printed before</source>
            <translation>
                <numerusform>%n eerder geprint</numerusform>
                <numerusform>%n eerder geprint</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="217" />
            <source>%n to check at the printer (F11)</source>
            <translation>
                <numerusform>%n te controleren bij de printer (F11)</numerusform>
                <numerusform>%n te controleren bij de printer (F11)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="219" />
            <source>%n orders not verified yet</source>
            <translation>
                <numerusform>%n order nog niet gecontroleerd</numerusform>
                <numerusform>%n orders nog niet gecontroleerd</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="233" />
            <source>{0} closed</source>
            <translation>{0} gesloten</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="240" />
            <source>Printing…</source>
            <translation>Printen…</translation>
        </message>
    </context>
    <context>
        <name>BatchesView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="47" />
            <source>Batches (Ctrl+B)</source>
            <translation>Batches (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="52" />
            <source>Build batches from the queue</source>
            <translation>Batches maken uit de wachtrij</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="54" />
            <source>Single-item orders only</source>
            <translation>Alleen orders met één artikel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="55" />
            <source>One batch per shipping method</source>
            <translation>Eén batch per verzendmethode</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="56" />
            <source>Express first</source>
            <translation>Express eerst</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="60" />
            <source>Only orders with this SKU (empty: any)</source>
            <translation>Alleen orders met deze SKU (leeg: alle)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="62" />
            <source>Placed before the cut-off</source>
            <translation>Geplaatst vóór de sluittijd</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="74" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="75" />
            <source>Cut-off</source>
            <translation>Sluittijd</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="76" />
            <source>Orders per batch</source>
            <translation>Orders per batch</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="80" />
            <source>Build batches</source>
            <translation>Batches maken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="89" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="89" />
            <source>Packed</source>
            <translation>Ingepakt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="89" />
            <source>Units</source>
            <translation>Stuks</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="89" />
            <source>Built by</source>
            <translation>Gemaakt door</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="94" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="94" />
            <source>Customer</source>
            <translation>Klant</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="94" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="109" />
            <source>Print pick list</source>
            <translation>Picklijst printen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="110" />
            <source>Print all packing slips</source>
            <translation>Alle pakbonnen printen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="111" />
            <source>Print labels of verified orders</source>
            <translation>Verzendlabels van gecontroleerde orders printen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="112" />
            <source>Close batch</source>
            <translation>Batch sluiten</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="113" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
    </context>
    <context>
        <name>ClaimsView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="34" />
            <source>Benches and their orders</source>
            <translation>Inpaktafels en hun orders</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="44" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="45" />
            <source>Bench</source>
            <translation>Inpaktafel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="46" />
            <source>Packer</source>
            <translation>Inpakker</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="47" />
            <source>Since</source>
            <translation>Sinds</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="48" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="58" />
            <source>Take over to this bench…</source>
            <translation>Overnemen naar deze inpaktafel…</translation>
        </message>
    </context>
    <context>
        <name>ClaimsController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="94" />
            <source>Benches unavailable: {0}</source>
            <translation>Inpaktafels niet beschikbaar: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/claims.py" line="99" />
            <source>%n orders being packed</source>
            <translation>
                <numerusform>%n order wordt ingepakt</numerusform>
                <numerusform>%n orders worden ingepakt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/claims.py" line="100" />
            <source>; %n at benches that stopped answering</source>
            <translation>
                <numerusform>; %n aan inpaktafels die niet meer antwoorden</numerusform>
                <numerusform>; %n aan inpaktafels die niet meer antwoorden</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="101" />
            <source>: a lead can take those over</source>
            <translation>: een ploegleider kan die overnemen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="112" />
            <source>Expired: no answer since {0}</source>
            <translation>Verlopen: geen antwoord sinds {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="116" />
            <source>Packing</source>
            <translation>Wordt ingepakt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="128" />
            <source>Select the order to take over first</source>
            <translation>Kies eerst de order die overgenomen moet worden</translation>
        </message>
    </context>
    <context>
        <name>HourlyChart</name>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="56" />
            <source>No orders yet</source>
            <translation>Nog geen orders</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="81" />
            <source>Shift dashboard</source>
            <translation>Dienstoverzicht</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="99" />
            <source>Packer</source>
            <translation>Inpakker</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="100" />
            <source>Orders</source>
            <translation>Orders</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="101" />
            <source>Orders/h</source>
            <translation>Orders/u</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="102" />
            <source>Units/h</source>
            <translation>Stuks/u</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="103" />
            <source>Mis-scans</source>
            <translation>Foutscans</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="104" />
            <source>Overrides</source>
            <translation>Goedkeuringen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="105" />
            <source>Avg per order</source>
            <translation>Gem. per order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="106" />
            <source>Weight stops</source>
            <translation>Gewichtstops</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="118" />
            <source>Shift report (PDF)</source>
            <translation>Dienstrapport (PDF)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="119" />
            <source>Shift report (CSV)</source>
            <translation>Dienstrapport (CSV)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="120" />
            <source>Today's carrier manifest</source>
            <translation>Vervoerdersmanifest van vandaag</translation>
        </message>
    </context>
    <context>
        <name>DashboardController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="160" />
            <source>Figures unavailable: {0}</source>
            <translation>Cijfers niet beschikbaar: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="164" />
            <source>%n orders packed</source>
            <translation>
                <numerusform>%n order ingepakt</numerusform>
                <numerusform>%n orders ingepakt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="165" />
            <source>%n still open</source>
            <translation>
                <numerusform>%n nog open</numerusform>
                <numerusform>%n nog open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="166" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n wacht op synchronisatie</numerusform>
                <numerusform>%n wachten op synchronisatie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="167" />
            <source>%n open exceptions</source>
            <translation>
                <numerusform>%n open uitzondering</numerusform>
                <numerusform>%n open uitzonderingen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="169" />
            <source>Last %n h</source>
            <translation>
                <numerusform>Laatste %n u</numerusform>
                <numerusform>Laatste %n u</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="208" />
            <source>Carrier cut-off {0} (in {1} h {2:02d} min)</source>
            <translation>Sluittijd vervoerder {0} (over {1} u {2:02d} min)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="212" />
            <source>{0}: every order placed before it is packed</source>
            <translation>{0}: elke order van vóór die tijd is ingepakt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="213" />
            <source>{0}: %n orders still open</source>
            <translation>
                <numerusform>{0}: nog %n order open</numerusform>
                <numerusform>{0}: nog %n orders open</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="215" />
            <source>Carrier cut-off {0} passed: every order placed before it left</source>
            <translation>Sluittijd vervoerder {0} voorbij: elke order van vóór die tijd is vertrokken</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="218" />
            <source>Carrier cut-off {0} passed: %n orders missed today's collection</source>
            <translation>
                <numerusform>Sluittijd vervoerder {0} voorbij: %n order heeft de ophaling van vandaag gemist</numerusform>
                <numerusform>Sluittijd vervoerder {0} voorbij: %n orders hebben de ophaling van vandaag gemist</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="254" />
            <source>Not saved: {0}</source>
            <translation>Niet opgeslagen: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="257" />
            <source>Saved {0} (%n shipments)</source>
            <translation>
                <numerusform>{0} opgeslagen (%n zending)</numerusform>
                <numerusform>{0} opgeslagen (%n zendingen)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="261" />
            <source>Saving…</source>
            <translation>Opslaan…</translation>
        </message>
    </context>
    <context>
        <name>ExceptionsView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="48" />
            <source>Exceptions (F2)</source>
            <translation>Afwijkingen (F2)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="56" />
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="56" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="56" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="56" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="56" />
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="65" />
            <source>Resolve…</source>
            <translation>Afhandelen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="66" />
            <source>Retry</source>
            <translation>Opnieuw proberen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="67" />
            <source>Hold in shop…</source>
            <translation>In de wacht zetten in webshop…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="68" />
            <source>Release hold…</source>
            <translation>Wachtstand opheffen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="69" />
            <source>Cancel the shipment…</source>
            <translation>Zending annuleren…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="70" />
            <source>Contact the customer…</source>
            <translation>Contact opnemen met klant…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="71" />
            <source>Note what the customer was told or agreed</source>
            <translation>Noteer wat de klant is verteld of wat is afgesproken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="72" />
            <source>Benches… (Ctrl+K)</source>
            <translation>Inpaktafels… (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="74" />
            <source>Orders being packed at every bench; benches that stopped answering</source>
            <translation>Orders die aan elke inpaktafel worden ingepakt; inpaktafels die niet meer antwoorden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="76" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
    </context>
    <context>
        <name>ExceptionsController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="148" />
            <source>No open exceptions.</source>
            <translation>Geen open afwijkingen.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="179" />
            <source>Working…</source>
            <translation>Bezig…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="208" />
            <source>Asking the shop…</source>
            <translation>Webshop raadplegen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="218" />
            <source>{0} is on hold in the shop</source>
            <translation>{0} staat in de wacht in de webshop</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="220" />
            <source>{0} is released in the shop</source>
            <translation>{0} is vrijgegeven in de webshop</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="228" />
            <source>Put {0} on hold in the shop?</source>
            <translation>{0} in de wacht zetten in de webshop?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="230" />
            <source>Release the hold on {0} in the shop?</source>
            <translation>Wachtstand van {0} opheffen in de webshop?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="244" />
            <source>Printing again; resolve this once the documents are out</source>
            <translation>Opnieuw printen; handel dit af zodra de documenten eruit zijn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="253" />
            <source>{0} will be sent to the shop again</source>
            <translation>{0} wordt opnieuw naar de webshop gestuurd</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="258" />
            <source>Send {0} to the shop again?</source>
            <translation>{0} opnieuw naar de webshop sturen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="274" />
            <source>The shipment of {0} is void; the order is back in the queue</source>
            <translation>De zending van {0} is ongeldig; de order staat weer in de wachtrij</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="281" />
            <source>Cancel the shipment of {0}?</source>
            <translation>Zending van {0} annuleren?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="294" />
            <source>Contact the customer: {0}</source>
            <translation>Neem contact op met de klant: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="295" />
            <source>What was the customer told, or what was agreed?</source>
            <translation>Wat is de klant verteld, of wat is afgesproken?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="305" />
            <source>Note saved on {0}</source>
            <translation>Notitie opgeslagen bij {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="331" />
            <source>Resolve: {0} on {1}</source>
            <translation>Afhandelen: {0} bij {1}</translation>
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
            <translation>{0} toegevoegd als {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="87" />
            <source>Select a person first</source>
            <translation>Kies eerst een persoon</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="93" />
            <source>New PIN saved for {0}</source>
            <translation>Nieuwe PIN opgeslagen voor {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="106" />
            <source>{0} can no longer sign in</source>
            <translation>{0} kan niet meer inloggen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="110" />
            <source>Saving…</source>
            <translation>Opslaan…</translation>
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="31" />
            <source>People</source>
            <translation>Medewerkers</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="39" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="39" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="39" />
            <source>Badge</source>
            <translation>Pas</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="39" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="47" />
            <source>New PIN for the selected person</source>
            <translation>Nieuwe PIN voor de gekozen persoon</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="48" />
            <source>Deactivate the selected person</source>
            <translation>Gekozen persoon deactiveren</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="54" />
            <source>Add a person</source>
            <translation>Persoon toevoegen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="63" />
            <source>Scan the badge here, or leave empty</source>
            <translation>Scan hier de pas, of laat leeg</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="67" />
            <source>Leads and admins: at least 4 digits</source>
            <translation>Ploegleiders en beheerders: minstens 4 cijfers</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="68" />
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="72" />
            <source>PIN (also used for a new PIN)</source>
            <translation>PIN (ook voor een nieuwe PIN)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="79" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
    </context>
    <context>
        <name>PickupView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="39" />
            <source>Book carrier pickup</source>
            <translation>Ophaling bij de vervoerder boeken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="45" />
            <source>Carrier</source>
            <translation>Vervoerder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="45" />
            <source>Parcels today</source>
            <translation>Pakketten vandaag</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="45" />
            <source>Pickup</source>
            <translation>Ophaling</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="55" />
            <source>Parcels ready from</source>
            <translation>Pakketten klaar vanaf</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="56" />
            <source>Collected by</source>
            <translation>Opgehaald uiterlijk</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="62" />
            <source>Book pickup…</source>
            <translation>Ophaling boeken…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="63" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
    </context>
    <context>
        <name>PickupController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="105" />
            <source>booked at {0}</source>
            <translation>geboekt om {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="109" />
            <source>collected by agreement (no pickup request)</source>
            <translation>opgehaald volgens afspraak (geen aanvraag)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="111" />
            <source>not booked</source>
            <translation>niet geboekt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="118" />
            <source>No parcels were booked with a carrier today.</source>
            <translation>Vandaag zijn er geen pakketten bij een vervoerder geboekt.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="140" />
            <source>Asking the carrier…</source>
            <translation>De vervoerder wordt gevraagd…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="149" />
            <source>Ask {0} to collect {1} parcels today?</source>
            <translation>{0} vragen vandaag {1} pakketten op te halen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="165" />
            <source>Pickup booked ({0}): {1} parcels</source>
            <translation>Ophaling geboekt ({0}): {1} pakketten</translation>
        </message>
    </context>
    <context>
        <name>CarrierChoiceDialog</name>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="46" />
            <source>Carrier product for {0}</source>
            <translation>Vervoerdersproduct voor {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="56" />
            <source>Product code</source>
            <translation>Productcode</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="59" />
            <source>e.g. EMAIL_NT SMS_NT (empty: none)</source>
            <translation>bijv. EMAIL_NT SMS_NT (leeg: geen)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="60" />
            <source>Services</source>
            <translation>Diensten</translation>
        </message>
    </context>
    <context>
        <name>RebookAction</name>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="77" />
            <source>Carrier product…</source>
            <translation>Vervoerdersproduct…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="80" />
            <source>A shift lead chooses another carrier product or services and books again</source>
            <translation>Een ploegleider kiest een ander vervoerdersproduct of andere diensten en boekt opnieuw</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="128" />
            <source>{0}: carrier product {1}; it is booked again</source>
            <translation>{0}: vervoerdersproduct {1}; hij wordt opnieuw geboekt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="134" />
            <source>Book {0} with {1}?</source>
            <translation>{0} boeken met {1}?</translation>
        </message>
    </context>
    <context>
        <name>LeadWindows</name>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="61" />
            <source>Open the dashboard</source>
            <translation>Dienstoverzicht openen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="68" />
            <source>Book carrier pickup…</source>
            <translation>Ophaling bij de vervoerder boeken…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="85" />
            <source>Open batch building</source>
            <translation>Batches samenstellen openen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="96" />
            <source>Open the exceptions</source>
            <translation>Afwijkingen openen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="126" />
            <source>Manage the people at the stations?</source>
            <translation>Medewerkers van de stations beheren?</translation>
        </message>
    </context>
    <context>
        <name>BookingWatch</name>
        <message>
            <location filename="../../src/packstation/ui/pack/booking_watch.py" line="36" />
            <source>Carrier bookings are paused: {0}. Boxes get a LABEL PENDING slip; a shift lead fixes the key in Settings → Carrier</source>
            <translation>Boekingen bij de vervoerder staan op pauze: {0}. Dozen krijgen een LABEL PENDING-briefje; een ploegleider herstelt de sleutel in Instellingen → Vervoerder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/booking_watch.py" line="43" />
            <source>Carrier bookings work again</source>
            <translation>Boekingen bij de vervoerder werken weer</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/booking_watch.py" line="47" />
            <source>The carrier refused %n bookings: a shift lead sees why in Exceptions (F2) and can choose another product</source>
            <translation>
                <numerusform>De vervoerder weigerde %n boeking: een ploegleider ziet waarom in Afwijkingen (F2) en kan een ander product kiezen</numerusform>
                <numerusform>De vervoerder weigerde %n boekingen: een ploegleider ziet waarom in Afwijkingen (F2) en kan een ander product kiezen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoxStripView</name>
        <message>
            <location filename="../../src/packstation/ui/pack/box_strip.py" line="43" />
            <source>New box (Ctrl+N)</source>
            <translation>Nieuwe doos (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/box_strip.py" line="59" />
            <source>Lead override…</source>
            <translation>Goedkeuring (ploegleider)…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/box_strip.py" line="65" />
            <source>Unit weights…</source>
            <translation>Gewicht per stuk…</translation>
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
            <translation>{0} · maak de weegschaal leeg</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="104" />
            <source>settling…</source>
            <translation>stabiliseert…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="105" />
            <source>too heavy</source>
            <translation>te zwaar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="106" />
            <source>below zero: zero the scale</source>
            <translation>onder nul: zet de weegschaal op nul</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="107" />
            <source>scale fault</source>
            <translation>storing weegschaal</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="108" />
            <source>no scale</source>
            <translation>geen weegschaal</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/boxes.py" line="125" />
            <source>Box {0} of {1}: {2} · %n units</source>
            <translation>
                <numerusform>Doos {0} van {1}: {2} · %n stuk</numerusform>
                <numerusform>Doos {0} van {1}: {2} · %n stuks</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="131" />
            <source>Expected {0}</source>
            <translation>Verwacht {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="136" />
            <source>no box chosen</source>
            <translation>geen doos gekozen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="138" />
            <source>{0} (suggested by weight)</source>
            <translation>{0} (voorgesteld op gewicht)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="138" />
            <source>Shopify has no item sizes, so this box was suggested by the items' weight alone. Scan a box barcode to choose another.</source>
            <translation>Shopify kent geen afmetingen van de artikelen, dus deze doos is alleen op gewicht voorgesteld. Scan een doosbarcode om een andere te kiezen.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="143" />
            <source>{0} (suggested)</source>
            <translation>{0} (voorgesteld)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="143" />
            <source>The smallest box the items' sizes and weight fit. Scan a box barcode to choose another.</source>
            <translation>De kleinste doos waar de afmetingen en het gewicht van de artikelen in passen. Scan een doosbarcode om een andere te kiezen.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="160" />
            <source>Open an order first: scan its packing slip</source>
            <translation>Open eerst een order: scan de pakbon</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="167" />
            <source>Box {0} is a {1} ({2})</source>
            <translation>Doos {0}: {1} ({2})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="168" />
            <source>tare {0}</source>
            <translation>tarra {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="181" />
            <source>Box {0} is empty: scan items into it first</source>
            <translation>Doos {0} is leeg: scan eerst artikelen erin</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="198" />
            <source>Box {0} closed at {1}. Box {2} is open: scan its items</source>
            <translation>Doos {0} gesloten met {1}. Doos {2} is open: scan de artikelen ervoor</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="232" />
            <source>Take the last parcel off the scale, then put this box on it</source>
            <translation>Haal het vorige pakket van de weegschaal en zet dan deze doos erop</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="234" />
            <source>Put box {0} on the scale and wait for a steady weight</source>
            <translation>Zet doos {0} op de weegschaal en wacht op een stabiel gewicht</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="251" />
            <source>{0} on the scale, {1} expected: check for a missing or extra item</source>
            <translation>{0} op de weegschaal, {1} verwacht: controleer op een ontbrekend of extra artikel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="255" />
            <source>Fix the box and weigh it again, or ask a lead to override</source>
            <translation>Corrigeer de doos en weeg opnieuw, of vraag een ploegleider om goedkeuring</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="268" />
            <source>Send box {0} of {1} at {2} instead of {3}?</source>
            <translation>Doos {0} van {1} versturen met {2} in plaats van {3}?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="296" />
            <source>{0} let box {1} go at {2}</source>
            <translation>{0} keurde doos {1} goed met {2}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="327" />
            <source>Box NOT saved: {0}</source>
            <translation>Doos NIET opgeslagen: {0}</translation>
        </message>
    </context>
    <context>
        <name>CompletionController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="63" />
            <source>Choose a reason for the partial shipment</source>
            <translation>Kies een reden voor de deellevering</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/completion.py" line="74" />
            <source>Ship {0} short, {1} of %n units missing?</source>
            <translation>
                <numerusform>{0} verzenden met tekort, {1} van %n stuk ontbreekt?</numerusform>
                <numerusform>{0} verzenden met tekort, {1} van %n stuks ontbreken?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="90" />
            <source>{0}; missing: {1}</source>
            <translation>{0}; ontbreekt: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="107" />
            <source>Scan the serial number of {0} first</source>
            <translation>Scan eerst het serienummer van {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/completion.py" line="116" />
            <source>%n units missing: scan them, or press F9 to ship partial</source>
            <translation>
                <numerusform>%n stuk ontbreekt: scan het, of druk op F9 voor een deellevering</numerusform>
                <numerusform>%n stuks ontbreken: scan ze, of druk op F9 voor een deellevering</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="124" />
            <source>Completing {0}…</source>
            <translation>{0} afronden…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="148" />
            <source>Printing {0}…</source>
            <translation>{0} printen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="160" />
            <source>{0}: label and slip reprinted, marked REPRINT</source>
            <translation>{0}: verzendlabel en pakbon opnieuw geprint, gemarkeerd REPRINT</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="162" />
            <source>{0} packed SHORT: label and slip printed. Scan the next slip</source>
            <translation>{0} ingepakt MET TEKORT: verzendlabel en pakbon geprint. Scan de volgende pakbon</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="166" />
            <source>{0} packed: label and slip printed. Scan the next slip</source>
            <translation>{0} ingepakt: verzendlabel en pakbon geprint. Scan de volgende pakbon</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="170" />
            <source>{0} packed; the label may not have printed: check the printer (F11)</source>
            <translation>{0} ingepakt; het verzendlabel is misschien niet geprint: controleer de printer (F11)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="173" />
            <source>{0} packed, NOT printed yet: {1}. Press F7 to retry</source>
            <translation>{0} ingepakt, nog NIET geprint: {1}. Druk op F7 om opnieuw te proberen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="190" />
            <source>Nothing to reprint: complete the order first</source>
            <translation>Niets om opnieuw te printen: rond eerst de order af</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="193" />
            <source>Reprint the label and slip of {0}?</source>
            <translation>Verzendlabel en pakbon van {0} opnieuw printen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="203" />
            <source>Reprinting {0}…</source>
            <translation>{0} opnieuw printen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="216" />
            <source>This order is not completed: nothing to void</source>
            <translation>Deze order is niet afgerond: niets om ongeldig te maken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="221" />
            <source>No shipment of {0} to void</source>
            <translation>Geen zending van {0} om ongeldig te maken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="232" />
            <source>Void the shipment of {0} ({1})?</source>
            <translation>Zending van {0} ({1}) ongeldig maken?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="251" />
            <source>Shipment of {0} void: unpack the box; the shop cancels it on sync</source>
            <translation>Zending van {0} ongeldig: pak de doos uit; de webshop annuleert hem bij de sync</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="253" />
            <source>Shipment of {0} void: unpack the box; it never reached the shop</source>
            <translation>Zending van {0} ongeldig: pak de doos uit; hij heeft de webshop nooit bereikt</translation>
        </message>
    </context>
    <context>
        <name>PackController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="98" />
            <source>Scan the items of {0}</source>
            <translation>Scan de artikelen van {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="119" />
            <source>Order {0} was not opened: {1}</source>
            <translation>Order {0} is niet geopend: {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="129" />
            <source>Parked {0}: {1} of %n units scanned. Scan its slip to continue</source>
            <translation>
                <numerusform>{0} geparkeerd: {1} van %n stuk gescand. Scan de pakbon om verder te gaan</numerusform>
                <numerusform>{0} geparkeerd: {1} van %n stuks gescand. Scan de pakbon om verder te gaan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="139" />
            <source>Continuing {0} that {1} parked: {2} of %n units</source>
            <translation>
                <numerusform>Verder met {0}, geparkeerd door {1}: {2} van %n stuk</numerusform>
                <numerusform>Verder met {0}, geparkeerd door {1}: {2} van %n stuks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="142" />
            <source>Continuing {0}: {1} of %n units</source>
            <translation>
                <numerusform>Verder met {0}: {1} van %n stuk</numerusform>
                <numerusform>Verder met {0}: {1} van %n stuks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="168" />
            <source>Resumed {0}: {1} of %n units were scanned before the restart</source>
            <translation>
                <numerusform>{0} hervat: {1} van %n stuk was gescand vóór de herstart</numerusform>
                <numerusform>{0} hervat: {1} van %n stuks waren gescand vóór de herstart</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="184" />
            <source>Scan not checked: {0}</source>
            <translation>Scan niet gecontroleerd: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="204" />
            <source>Unreadable scan ({0}): scan the item again</source>
            <translation>Onleesbare scan ({0}): scan het artikel opnieuw</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="214" />
            <source>Approved by {0}: {1}</source>
            <translation>Goedgekeurd door {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="245" />
            <source>Last scan NOT saved: {0}. Scan it again</source>
            <translation>Laatste scan NIET opgeslagen: {0}. Scan opnieuw</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="264" />
            <source>Last scan NOT saved: {0}</source>
            <translation>Laatste scan NIET opgeslagen: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="295" />
            <source>Choose the line that will not scan with ↑ ↓, then press F3 again</source>
            <translation>Kies met ↑ ↓ de regel die niet scant en druk nogmaals op F3</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="299" />
            <source>Confirm 1 × {0} without a scan?</source>
            <translation>1 × {0} bevestigen zonder scan?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="320" />
            <source>Confirmed by {0}: {1}</source>
            <translation>Bevestigd door {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="352" />
            <source>Nothing to undo</source>
            <translation>Niets om ongedaan te maken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="360" />
            <source>Undone: {0} × {1}</source>
            <translation>Ongedaan gemaakt: {0} × {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="379" />
            <source>Next scan counts %n units</source>
            <translation>
                <numerusform>Volgende scan telt %n stuk</numerusform>
                <numerusform>Volgende scan telt %n stuks</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="425" />
            <source>Order {0} is now {1} in the shop: stop packing it</source>
            <translation>Order {0} is nu {1} in de webshop: stop met inpakken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="441" />
            <source>Customer note: {0}</source>
            <translation>Opmerking klant: {0}</translation>
        </message>
    </context>
    <context>
        <name>ExpiredGate</name>
        <message>
            <location filename="../../src/packstation/ui/pack/expired_gate.py" line="47" />
            <source>{0} expired on {1}: a shift lead must approve it before it counts</source>
            <translation>{0} is verlopen op {1}: een ploegleider moet het artikel goedkeuren voordat het telt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/expired_gate.py" line="57" />
            <source>Count {0} though it expired on {1}?</source>
            <translation>{0} tellen, ook al is het verlopen op {1}?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/expired_gate.py" line="61" />
            <source>Expired on {0}</source>
            <translation>Verlopen op {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/expired_gate.py" line="67" />
            <source>Not counted: {0} expired on {1}. Put it aside</source>
            <translation>Niet geteld: {0} is verlopen op {1}. Leg het artikel apart</translation>
        </message>
    </context>
    <context>
        <name>InstructionsController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="33" />
            <source>Tags: {0}</source>
            <translation>Tags: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="45" />
            <source>Read ✓ (Ctrl+G)</source>
            <translation>Gelezen ✓ (Ctrl+G)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="57" />
            <source>Gift message: “{0}”</source>
            <translation>Cadeauboodschap: “{0}”</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="68" />
            <source>A gift: read this, pack as asked, then confirm</source>
            <translation>Een cadeau: lees dit, pak in zoals gevraagd en bevestig</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="69" />
            <source>The customer asks for this: read it, then confirm</source>
            <translation>De klant vraagt dit: lees het en bevestig</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="72" />
            <source>✓ Read: pack as the customer asked</source>
            <translation>✓ Gelezen: pak in zoals de klant vraagt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="88" />
            <source>Read the customer's instructions first, then press Ctrl+G or scan the slip again</source>
            <translation>Lees eerst de wensen van de klant en druk op Ctrl+G of scan de pakbon opnieuw</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="117" />
            <source>Instructions read: pack {0} as asked</source>
            <translation>Wensen gelezen: pak {0} in zoals gevraagd</translation>
        </message>
    </context>
    <context>
        <name>PackLinesModel</name>
        <message>
            <location filename="../../src/packstation/ui/pack/model.py" line="19" />
            <source>Item</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/model.py" line="20" />
            <source>Variant</source>
            <translation>Variant</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/model.py" line="21" />
            <source>SKU</source>
            <translation>Artikelnr.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/model.py" line="22" />
            <source>Bin</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/model.py" line="23" />
            <source>Ordered</source>
            <translation>Besteld</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/model.py" line="24" />
            <source>Scanned</source>
            <translation>Gescand</translation>
        </message>
    </context>
    <context>
        <name>PendingSlipScans</name>
        <message>
            <location filename="../../src/packstation/ui/pack/pending_slip.py" line="40" />
            <source>The label was NOT printed: {0}</source>
            <translation>Het verzendlabel is NIET geprint: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pending_slip.py" line="53" />
            <source>Printing the carrier label of {0} here</source>
            <translation>Het verzendlabel van {0} wordt hier geprint</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pending_slip.py" line="55" />
            <source>The carrier has not booked {0} yet: keep the box aside, its label prints when the booking is made</source>
            <translation>De vervoerder heeft {0} nog niet geboekt: zet de doos apart, het verzendlabel wordt geprint zodra de boeking er is</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pending_slip.py" line="60" />
            <source>The label of {0} has already printed at {1}. If it is lost, reprint it (F8)</source>
            <translation>Het verzendlabel van {0} is al geprint bij {1}. Kwijt? Opnieuw printen (F8)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pending_slip.py" line="64" />
            <source>The label of {0} is printing at {1} now</source>
            <translation>Het verzendlabel van {0} wordt nu geprint bij {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pending_slip.py" line="65" />
            <source>{0} has no label to print: its shipment was voided or the carrier refused it. Ask a shift lead</source>
            <translation>{0} heeft geen verzendlabel om te printen: de zending is geannuleerd of de vervoerder weigerde hem. Vraag een ploegleider</translation>
        </message>
    </context>
    <context>
        <name>PickupPointLine</name>
        <message>
            <location filename="../../src/packstation/ui/pack/pickup_point.py" line="73" />
            <source>Parcel shop: {0}</source>
            <translation>Afhaalpunt: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pickup_point.py" line="88" />
            <source>Parcel shop chosen by the customer: {0}</source>
            <translation>Afhaalpunt gekozen door de klant: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pickup_point.py" line="89" />
            <source>Parcel shop: the carrier chooses the one nearest to {0}</source>
            <translation>Afhaalpunt: de vervoerder kiest het dichtstbijzijnde bij {0}</translation>
        </message>
    </context>
    <context>
        <name>ScanRouter</name>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="54" />
            <source>Scan not handled: {0}</source>
            <translation>Scan niet verwerkt: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="71" />
            <source>No order {0} in the queue</source>
            <translation>Geen order {0} in de wachtrij</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="76" />
            <source>“{0}” is not an order number: scan the packing slip</source>
            <translation>“{0}” is geen ordernummer: scan de pakbon</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="85" />
            <source>Order {0} is already open</source>
            <translation>Order {0} is al open</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="97" />
            <source>Open an order first: scan its packing slip</source>
            <translation>Open eerst een order: scan de pakbon</translation>
        </message>
    </context>
    <context>
        <name>TeachController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="42" />
            <source>Unknown barcode {0}: if it is on one of these items, a shift lead can teach it — choose the line (↑ ↓), then Ctrl+E</source>
            <translation>Onbekende barcode {0}: zit hij op een van deze artikelen, dan kan een ploegleider hem aanleren — kies de regel (↑ ↓) en druk op Ctrl+E</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="71" />
            <source>Scan the new barcode first, then press Ctrl+E</source>
            <translation>Scan eerst de nieuwe barcode en druk dan op Ctrl+E</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="77" />
            <source>Choose the line this barcode belongs to with ↑ ↓, then press Ctrl+E</source>
            <translation>Kies met ↑ ↓ de regel waar deze barcode bij hoort en druk op Ctrl+E</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="82" />
            <source>Teach barcode {0} as {1} ({2})?</source>
            <translation>Barcode {0} aanleren als {1} ({2})?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="102" />
            <source>that scan cannot be a barcode</source>
            <translation>die scan kan geen barcode zijn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="103" />
            <source>it is a command barcode</source>
            <translation>het is een opdrachtbarcode</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="104" />
            <source>the line has no SKU</source>
            <translation>de regel heeft geen SKU</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="105" />
            <source>it was taught for {0} already</source>
            <translation>hij is al aangeleerd voor {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="106" />
            <source>it is the barcode of {0}</source>
            <translation>het is de barcode van {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="107" />
            <source>it is an order number</source>
            <translation>het is een ordernummer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="118" />
            <source>Barcode not taught: {0}</source>
            <translation>Barcode niet aangeleerd: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="127" />
            <source>{0} is now a barcode of {1}: scan the item again</source>
            <translation>{0} is nu een barcode van {1}: scan het artikel opnieuw</translation>
        </message>
    </context>
    <context>
        <name>PackView</name>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="128" />
            <source>Units for the next scan:</source>
            <translation>Stuks voor de volgende scan:</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="140" />
            <source>Ship what is scanned; reason:</source>
            <translation>Verzend wat gescand is; reden:</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="147" />
            <source>Out of stock</source>
            <translation>Niet op voorraad</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="147" />
            <source>Damaged item</source>
            <translation>Beschadigd artikel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="147" />
            <source>Customer request</source>
            <translation>Verzoek van klant</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="152" />
            <source>Choose or type a reason</source>
            <translation>Kies of typ een reden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="155" />
            <source>Ship partial</source>
            <translation>Deellevering verzenden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="168" />
            <source>Queue (Esc)</source>
            <translation>Wachtrij (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="169" />
            <source>Undo (F4)</source>
            <translation>Ongedaan maken (F4)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="170" />
            <source>Quantity (F6)</source>
            <translation>Aantal (F6)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="171" />
            <source>Reprint (F8)</source>
            <translation>Opnieuw printen (F8)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="172" />
            <source>Void…</source>
            <translation>Ongeldig maken…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="173" />
            <source>A shift lead voids the shipment just packed</source>
            <translation>Een ploegleider maakt de zojuist ingepakte zending ongeldig</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="174" />
            <source>Short / partial (F9)</source>
            <translation>Tekort / deellevering (F9)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="175" />
            <source>Will not scan (F3)</source>
            <translation>Scant niet (F3)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="176" />
            <source>Complete (F10)</source>
            <translation>Afronden (F10)</translation>
        </message>
    </context>
    <context>
        <name>WeightsView</name>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="37" />
            <source>Unit weights</source>
            <translation>Gewicht per stuk</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="45" />
            <source>SKU</source>
            <translation>Artikelnr.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="46" />
            <source>Item</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="47" />
            <source>Shop g</source>
            <translation>Webshop g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="48" />
            <source>Learned g</source>
            <translation>Geleerd g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="49" />
            <source>Confirmed g</source>
            <translation>Bevestigd g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="58" />
            <source>Unit weight (g):</source>
            <translation>Gewicht per stuk (g):</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="63" />
            <source>Confirm (lead)…</source>
            <translation>Bevestigen (ploegleider)…</translation>
        </message>
    </context>
    <context>
        <name>WeightsController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="122" />
            <source>Choose an SKU first</source>
            <translation>Kies eerst een artikelnummer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="126" />
            <source>Confirm {0} g as the unit weight of {1}?</source>
            <translation>{0} g bevestigen als gewicht per stuk van {1}?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="143" />
            <source>{0}: {1} g confirmed</source>
            <translation>{0}: {1} g bevestigd</translation>
        </message>
    </context>
    <context>
        <name>ScanWords</name>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="58" />
            <source>Not taken: {0}</source>
            <translation>Niet geaccepteerd: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="60" />
            <source>Now scan the serial number of {0}</source>
            <translation>Scan nu het serienummer van {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="64" />
            <source>Serial {0} saved for {1}</source>
            <translation>Serienummer {0} opgeslagen voor {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/words.py" line="71" />
            <source>{0} counted, but it expired on {1} (%n days ago): check the item</source>
            <translation>
                <numerusform>{0} geteld, maar verlopen op {1} (%n dag geleden): controleer het artikel</numerusform>
                <numerusform>{0} geteld, maar verlopen op {1} (%n dagen geleden): controleer het artikel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/words.py" line="77" />
            <source>All %n units verified: press F10 to complete</source>
            <translation>
                <numerusform>%n stuk gecontroleerd: druk op F10 om af te ronden</numerusform>
                <numerusform>Alle %n stuks gecontroleerd: druk op F10 om af te ronden</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="83" />
            <source>Too many: {0} needs only {1}</source>
            <translation>Te veel: {0} heeft er maar {1} nodig</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="87" />
            <source>Wrong item: {0} is not in this order</source>
            <translation>Verkeerd artikel: {0} zit niet in deze order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="95" />
            <source>Unknown barcode {0}</source>
            <translation>Onbekende barcode {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="99" />
            <source>Misread (the check digit is wrong): scan again</source>
            <translation>Verkeerd gelezen (het controlecijfer klopt niet): scan opnieuw</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="104" />
            <source>French AZERTY</source>
            <translation>Frans AZERTY</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="105" />
            <source>Danish, Swedish or Norwegian</source>
            <translation>Deens, Zweeds of Noors</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="109" />
            <source>This looks like “{0}” from a scanner set for a US keyboard, on this computer's {1} keyboard layout. Set the scanner's keyboard country to {1} (its manual's barcodes), or make it a serial scanner (Settings, F12)</source>
            <translation>Dit lijkt “{0}” van een scanner ingesteld op een Amerikaans toetsenbord, op de {1} toetsenbordindeling van deze computer. Zet het toetsenbordland van de scanner op {1} (de barcodes in de handleiding), of maak er een seriële scanner van (Instellingen, F12)</translation>
        </message>
    </context>
    <context>
        <name>PrintQueueController</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="101" />
            <source>Printer: check %n jobs (F11)</source>
            <translation>
                <numerusform>Printer: controleer %n taak (F11)</numerusform>
                <numerusform>Printer: controleer %n taken (F11)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="105" />
            <source>Printer: %n waiting: {0}</source>
            <translation>
                <numerusform>Printer: %n wacht: {0}</numerusform>
                <numerusform>Printer: %n wachten: {0}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="140" />
            <source>Printers: {0}</source>
            <translation>Printers: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="152" />
            <source>Select a job in the print queue first</source>
            <translation>Kies eerst een taak in de printwachtrij</translation>
        </message>
    </context>
    <context>
        <name>PrintQueueModel</name>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="26" />
            <source>Job</source>
            <translation>Taak</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="27" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="28" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="29" />
            <source>Printer</source>
            <translation>Printer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="30" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="31" />
            <source>Tries</source>
            <translation>Pogingen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="32" />
            <source>Problem</source>
            <translation>Probleem</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="50" />
            <source>label</source>
            <translation>verzendlabel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="50" />
            <source>packing slip</source>
            <translation>pakbon</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="52" />
            <source>(reprint)</source>
            <translation>(opnieuw geprint)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="54" />
            <source>waiting</source>
            <translation>wacht</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="54" />
            <source>queued</source>
            <translation>in de wachtrij</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="55" />
            <source>sending</source>
            <translation>wordt verzonden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="56" />
            <source>printed</source>
            <translation>geprint</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="57" />
            <source>check the printer</source>
            <translation>controleer de printer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="58" />
            <source>not printed</source>
            <translation>niet geprint</translation>
        </message>
    </context>
    <context>
        <name>PrintQueueView</name>
        <message>
            <location filename="../../src/packstation/ui/print_queue/view.py" line="23" />
            <source>Print queue (F11)</source>
            <translation>Printwachtrij (F11)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/view.py" line="35" />
            <source>Retry waiting jobs (F7)</source>
            <translation>Wachtende taken opnieuw proberen (F7)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/view.py" line="36" />
            <source>It printed</source>
            <translation>Het is geprint</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/view.py" line="37" />
            <source>It did not print: reprint</source>
            <translation>Het is niet geprint: opnieuw printen</translation>
        </message>
    </context>
    <context>
        <name>QueueController</name>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="176" />
            <source>Queue not reloaded: {0}</source>
            <translation>Wachtrij niet opnieuw geladen: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="194" />
            <source>Loading the queue…</source>
            <translation>Wachtrij laden…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/controller.py" line="198" />
            <source>Filter on: %n of {0} orders shown (Esc clears it)</source>
            <translation>
                <numerusform>Filter aan: %n van {0} orders getoond (Esc wist het)</numerusform>
                <numerusform>Filter aan: %n van {0} orders getoond (Esc wist het)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/controller.py" line="205" />
            <source>%n orders waiting</source>
            <translation>
                <numerusform>%n order wacht</numerusform>
                <numerusform>%n orders wachten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="222" />
            <source>Select the held order first</source>
            <translation>Kies eerst de order die in de wacht staat</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="226" />
            <source>{0} is not on hold</source>
            <translation>{0} staat niet in de wacht</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="248" />
            <source>Hold on {0} released in the shop: it can be packed after the sync</source>
            <translation>Wachtstand van {0} opgeheven in de webshop: de order kan na de sync worden ingepakt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="255" />
            <source>The shop still holds {0}: the station can release only holds it placed itself. Release this one in the shop's admin</source>
            <translation>De webshop houdt {0} nog in de wacht: het station kan alleen een wachtstand opheffen die het zelf heeft gezet. Hef deze op in het beheer van de webshop</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="262" />
            <source>Release the hold on {0}?</source>
            <translation>Wachtstand van {0} opheffen?</translation>
        </message>
    </context>
    <context>
        <name>LabelsToPrintModel</name>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="37" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="38" />
            <source>Packed at</source>
            <translation>Ingepakt bij</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="39" />
            <source>Since</source>
            <translation>Sinds</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="40" />
            <source>Label</source>
            <translation>Verzendlabel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="56" />
            <source>Booked: scan its LABEL PENDING slip to print it here</source>
            <translation>Geboekt: scan het LABEL PENDING-briefje van de doos om hier te printen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="58" />
            <source>Waiting for the carrier: {0}</source>
            <translation>Wacht op de vervoerder: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="59" />
            <source>Waiting for the carrier</source>
            <translation>Wacht op de vervoerder</translation>
        </message>
    </context>
    <context>
        <name>LabelsToPrintPanel</name>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="73" />
            <source>Scan a box's LABEL PENDING slip at any bench to print its label there</source>
            <translation>Scan het LABEL PENDING-briefje van een doos aan elke inpaktafel om het verzendlabel daar te printen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="105" />
            <source>Labels to print (%n)</source>
            <translation>
                <numerusform>Te printen verzendlabels (%n)</numerusform>
                <numerusform>Te printen verzendlabels (%n)</numerusform>
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
                <numerusform>%n u</numerusform>
                <numerusform>%n u</numerusform>
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
            <translation>Claim verlopen: {0} stil sinds {1} ({2})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="226" />
            <source>Being packed at {0} by {1}</source>
            <translation>Wordt ingepakt aan {0} door {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="230" />
            <source>Exception: shop refused</source>
            <translation>Afwijking: webshop weigerde</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="232" />
            <source>On hold</source>
            <translation>In de wacht</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="234" />
            <source>Being packed</source>
            <translation>Wordt ingepakt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="236" />
            <source>Part shipped</source>
            <translation>Deels verzonden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="237" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
    </context>
    <context>
        <name>QueueTableModel</name>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="55" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="56" />
            <source>Customer</source>
            <translation>Klant</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="57" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="58" />
            <source>Lines</source>
            <translation>Regels</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="59" />
            <source>Units</source>
            <translation>Artikelen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="60" />
            <source>Shipping</source>
            <translation>Verzending</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="61" />
            <source>Age</source>
            <translation>Wachttijd</translation>
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
            <translation>Kies de order die overgenomen moet worden (Ctrl+K toont alle inpaktafels en hun orders)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/take_over.py" line="48" />
            <source>{0} is not being packed at another bench: scan its slip</source>
            <translation>{0} wordt niet aan een andere inpaktafel ingepakt: scan de pakbon</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="32" />
            <source>Scan a packing slip to open its order</source>
            <translation>Scan een pakbon om de order te openen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="36" />
            <source>Filter by order number, customer or SKU</source>
            <translation>Filter op ordernummer, klant of SKU</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="53" />
            <source>Batches (Ctrl+B)</source>
            <translation>Batches (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="54" />
            <source>Release hold…</source>
            <translation>Wachtstand opheffen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="55" />
            <source>A shift lead releases the selected held order</source>
            <translation>Een ploegleider heft de wachtstand van de gekozen order op</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="56" />
            <source>Take over… (Ctrl+T)</source>
            <translation>Overnemen… (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="58" />
            <source>A shift lead moves the selected order from another bench to this one</source>
            <translation>Een ploegleider verplaatst de gekozen order van een andere inpaktafel naar deze</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="60" />
            <source>Lock (Ctrl+L)</source>
            <translation>Vergrendelen (Ctrl+L)</translation>
        </message>
    </context>
    <context>
        <name>BoxesController</name>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_controller.py" line="79" />
            <source>Not saved: {0}</source>
            <translation>Niet opgeslagen: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/settings/boxes_controller.py" line="82" />
            <source>Save the list of %n boxes?</source>
            <translation>
                <numerusform>De lijst met %n doos opslaan?</numerusform>
                <numerusform>De lijst met %n dozen opslaan?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoxesView</name>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="26" />
            <source>Boxes</source>
            <translation>Dozen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="32" />
            <source>The boxes this bench packs into. Inner sizes in mm, weights in grams. Scanning a box's barcode on the pack screen chooses it.</source>
            <translation>De dozen waarin deze inpaktafel inpakt. Binnenmaten in mm, gewicht in gram. Scan de barcode van een doos op het inpakscherm om hem te kiezen.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="44" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="45" />
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="46" />
            <source>Length mm</source>
            <translation>Lengte mm</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="47" />
            <source>Width mm</source>
            <translation>Breedte mm</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="48" />
            <source>Height mm</source>
            <translation>Hoogte mm</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="49" />
            <source>Tare g</source>
            <translation>Tarra g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="50" />
            <source>Max g</source>
            <translation>Max g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="57" />
            <source>Add box</source>
            <translation>Doos toevoegen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="58" />
            <source>Remove box</source>
            <translation>Doos verwijderen</translation>
        </message>
    </context>
    <context>
        <name>CarrierController</name>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_controller.py" line="77" />
            <source>Label format ({0})</source>
            <translation>Formaat verzendlabel ({0})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_controller.py" line="84" />
            <source>The rules file cannot be read: {0}</source>
            <translation>Het regelbestand kan niet worden gelezen: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_controller.py" line="172" />
            <source>Testing the connection…</source>
            <translation>Verbinding testen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_controller.py" line="212" />
            <source>Change the carrier settings?</source>
            <translation>De instellingen van de vervoerder wijzigen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_controller.py" line="217" />
            <source>Saving…</source>
            <translation>Opslaan…</translation>
        </message>
    </context>
    <context>
        <name>CarrierView</name>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="34" />
            <source>Carrier</source>
            <translation>Vervoerder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="37" />
            <source>Carrier account</source>
            <translation>Account bij de vervoerder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="44" />
            <source>None: the station's own numbers</source>
            <translation>Geen: de eigen nummers van het station</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="45" />
            <source>Shipmondo</source>
            <translation>Shipmondo</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="46" />
            <source>Own delivery (the shop's own van)</source>
            <translation>Eigen bezorging (eigen bus van de winkel)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="51" />
            <source>Books labels with</source>
            <translation>Boekt verzendlabels bij</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="54" />
            <source>empty: the platform's production address</source>
            <translation>leeg: het productieadres van het platform</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="55" />
            <source>Address (URL)</source>
            <translation>Adres (URL)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="61" />
            <source>empty: keep the key saved in the keyring</source>
            <translation>leeg: de sleutel in de sleutelbos houden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="62" />
            <source>API user</source>
            <translation>API-gebruiker</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="63" />
            <source>API key</source>
            <translation>API-sleutel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="64" />
            <source>Book on the shop's own carrier agreement</source>
            <translation>Boeken op het eigen vervoerscontract van de winkel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="69" />
            <source>Label format</source>
            <translation>Formaat verzendlabel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="73" />
            <source>VOEC number (Norway)</source>
            <translation>VOEC-nummer (Noorwegen)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="75" />
            <source>Test connection</source>
            <translation>Verbinding testen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="84" />
            <source>Shipping rules (the first rule that matches wins)</source>
            <translation>Verzendregels (de eerste regel die past, geldt)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="90" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="91" />
            <source>Delivery type</source>
            <translation>Bezorgtype</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="92" />
            <source>Service code</source>
            <translation>Servicecode</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="93" />
            <source>Shipping method name</source>
            <translation>Naam van de verzendmethode</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="94" />
            <source>Countries</source>
            <translation>Landen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="95" />
            <source>From g</source>
            <translation>Vanaf g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="96" />
            <source>To g</source>
            <translation>Tot g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="97" />
            <source>Product code</source>
            <translation>Productcode</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="98" />
            <source>Services</source>
            <translation>Diensten</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="106" />
            <source>Add rule</source>
            <translation>Regel toevoegen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="107" />
            <source>Remove rule</source>
            <translation>Regel verwijderen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="108" />
            <source>Move up</source>
            <translation>Omhoog</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="109" />
            <source>Move down</source>
            <translation>Omlaag</translation>
        </message>
    </context>
    <context>
        <name>SettingsController</name>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="53" />
            <source>Serial ports: {0}</source>
            <translation>Seriële poorten: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="55" />
            <source>No serial ports found (keyboard-wedge scanners need none)</source>
            <translation>Geen seriële poorten gevonden (toetsenbordscanners hebben er geen nodig)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="68" />
            <source>In use: {0}</source>
            <translation>In gebruik: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/settings/controller.py" line="82" />
            <source>%n keys, gaps {0}–{1} ms</source>
            <translation>
                <numerusform>%n toets, tussenpozen {0}–{1} ms</numerusform>
                <numerusform>%n toetsen, tussenpozen {0}–{1} ms</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="92" />
            <source>broken GS1 data: {0}</source>
            <translation>ongeldige GS1-gegevens: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="96" />
            <source>French AZERTY</source>
            <translation>Frans AZERTY</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="98" />
            <source>Danish, Swedish or Norwegian</source>
            <translation>Deens, Zweeds of Noors</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="101" />
            <source>⚠ this looks like {0} typed for a {1} keyboard: set the scanner's keyboard country to match this computer</source>
            <translation>⚠ dit lijkt {0} getypt voor een {1} toetsenbord: zet het toetsenbordland van de scanner gelijk aan deze computer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="113" />
            <source>The slip printer takes labels only: use “packstation commands --out FILE”</source>
            <translation>De pakbonprinter neemt alleen labels: gebruik “packstation commands --out FILE”</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="127" />
            <source>Command barcodes printed</source>
            <translation>Commandobarcodes geprint</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="131" />
            <source>Printing the command barcodes…</source>
            <translation>Commandobarcodes printen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="155" />
            <source>Printing a test on {0}…</source>
            <translation>Testafdruk printen op {0}…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="161" />
            <source>Test printed on {0}</source>
            <translation>Testafdruk geprint op {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="173" />
            <source>Change the printer settings?</source>
            <translation>Printerinstellingen wijzigen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="207" />
            <source>Saved to {0}</source>
            <translation>Opgeslagen in {0}</translation>
        </message>
    </context>
    <context>
        <name>ShopController</name>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="101" />
            <source>Enter the shop address, starting with https://</source>
            <translation>Vul het webshopadres in, beginnend met https://</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="105" />
            <source>Enter the access token, or the client id and secret</source>
            <translation>Vul de access token in, of de client-id en het secret</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="109" />
            <source>Testing the connection…</source>
            <translation>Verbinding testen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="126" />
            <source>The connection failed: {0}</source>
            <translation>De verbinding is mislukt: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="133" />
            <source>Connected to {0} ({1}).</source>
            <translation>Verbonden met {0} ({1}).</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="136" />
            <source>The app lacks these permissions (access scopes):</source>
            <translation>De app mist deze rechten (access scopes):</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="146" />
            <source>{0} (inactive)</source>
            <translation>{0} (inactief)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="159" />
            <source>Test the connection before saving</source>
            <translation>Test de verbinding voordat je opslaat</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="162" />
            <source>Choose at least one location to pack for</source>
            <translation>Kies minstens één locatie om voor in te pakken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="167" />
            <source>Change the shop connection?</source>
            <translation>Webshopkoppeling wijzigen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="175" />
            <source>Saving…</source>
            <translation>Opslaan…</translation>
        </message>
    </context>
    <context>
        <name>ShopView</name>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="26" />
            <source>Shop connection</source>
            <translation>Webshopkoppeling</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="30" />
            <source>Connect this station to your Shopify store. Credentials are kept in this computer's keyring, never in files.</source>
            <translation>Koppel dit station aan je Shopify-winkel. Inloggegevens worden bewaard in de sleutelbos van deze computer, nooit in bestanden.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="44" />
            <source>Shop address</source>
            <translation>Webshopadres</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="45" />
            <source>API version</source>
            <translation>API-versie</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="47" />
            <source>Admin access token</source>
            <translation>Admin access token</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="48" />
            <source>Client id and secret</source>
            <translation>Client-id en secret</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="55" />
            <source>Sign in with</source>
            <translation>Inloggen met</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="64" />
            <source>Access token</source>
            <translation>Access token</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="65" />
            <source>Client id</source>
            <translation>Client-id</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="66" />
            <source>Client secret</source>
            <translation>Client secret</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="68" />
            <source>Test connection</source>
            <translation>Verbinding testen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="75" />
            <source>Pack orders for these locations:</source>
            <translation>Orders inpakken voor deze locaties:</translation>
        </message>
    </context>
    <context>
        <name>PrinterRow</name>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="41" />
            <source>Test print</source>
            <translation>Testafdruk</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="54" />
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="57" />
            <source>Printers</source>
            <translation>Printers</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="61" />
            <source>Shipping labels</source>
            <translation>Verzendlabels</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="62" />
            <source>Packing slips</source>
            <translation>Pakbonnen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="64" />
            <source>Scanner test: scan anything, nothing is packed</source>
            <translation>Scannertest: scan wat je wilt, er wordt niets ingepakt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="76" />
            <source>Print the command barcodes (scan to complete, undo, short…)</source>
            <translation>Commandobarcodes printen (scan om af te ronden, ongedaan te maken, tekort…)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="80" />
            <source>Shop connection…</source>
            <translation>Webshopkoppeling…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="82" />
            <source>People…</source>
            <translation>Medewerkers…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="84" />
            <source>Boxes…</source>
            <translation>Dozen…</translation>
        </message>
    </context>
    <context>
        <name>SettingsWindows</name>
        <message>
            <location filename="../../src/packstation/ui/settings/windows.py" line="54" />
            <source>Carrier…</source>
            <translation>Vervoerder…</translation>
        </message>
    </context>
    <context>
        <name>AuthoriseDialog</name>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="48" />
            <source>Shift lead needed</source>
            <translation>Ploegleider nodig</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="74" />
            <source>Signed in as shift lead: {0}</source>
            <translation>Ingelogd als ploegleider: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="77" />
            <source>Lead</source>
            <translation>Ploegleider</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="78" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="79" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="81" />
            <source>Or scan the lead's badge.</source>
            <translation>Of scan de pas van de ploegleider.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="140" />
            <source>Checking…</source>
            <translation>Controleren…</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <location filename="../../src/packstation/ui/shared/crash.py" line="27" />
            <source>Packstation hit a bug</source>
            <translation>Packstation is op een fout gestuit</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/crash.py" line="29" />
            <source>Something went wrong inside Packstation. Your scans are saved. Please send the log file to your administrator:
{path}</source>
            <translation>Er ging iets mis in Packstation. Je scans zijn opgeslagen. Stuur het logbestand naar je beheerder:
{path}</translation>
        </message>
    </context>
    <context>
        <name>LeadAsker</name>
        <message>
            <location filename="../../src/packstation/ui/shared/lead_gate.py" line="50" />
            <source>This needs a shift lead, and none is set up: add one with “packstation users add --role lead”</source>
            <translation>Hiervoor is een ploegleider nodig, en er is er geen ingesteld: voeg er een toe met “packstation users add --role lead”</translation>
        </message>
    </context>
    <context>
        <name>StationState</name>
        <message>
            <location filename="../../src/packstation/ui/shared/state.py" line="155" />
            <source>Audit entry NOT saved: {0}</source>
            <translation>Logregel NIET opgeslagen: {0}</translation>
        </message>
    </context>
    <context>
        <name>TakeOver</name>
        <message>
            <location filename="../../src/packstation/ui/shared/take_over.py" line="27" />
            <source>Take {0} over to this bench? It is {1}; count its items again here</source>
            <translation>{0} overnemen naar deze inpaktafel? De order wordt {1}; tel de artikelen hier opnieuw</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/take_over.py" line="31" />
            <source>Take {0} over to this bench? Count its items again here</source>
            <translation>{0} overnemen naar deze inpaktafel? Tel de artikelen hier opnieuw</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/take_over.py" line="58" />
            <source>{0} took {1} over to this bench: count all its items again</source>
            <translation>{0} heeft {1} overgenomen naar deze inpaktafel: tel alle artikelen opnieuw</translation>
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
            <translation>Opslaan</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="32" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="33" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
    </context>
    <context>
        <name>AboutBox</name>
        <message>
            <location filename="../../src/packstation/ui/shell/about.py" line="13" />
            <source>installed application</source>
            <translation>geïnstalleerde toepassing</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/about.py" line="14" />
            <source>Python package</source>
            <translation>Python-pakket</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/about.py" line="28" />
            <source>About Packstation</source>
            <translation>Over Packstation</translation>
        </message>
    </context>
    <context>
        <name>DatabaseAlert</name>
        <message>
            <location filename="../../src/packstation/ui/shell/database_alert.py" line="50" />
            <source>{0}. The station keeps trying; wait before packing on</source>
            <translation>{0}. Het station blijft het proberen; wacht voordat je verder inpakt</translation>
        </message>
    </context>
    <context>
        <name>StationShell</name>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="229" />
            <source>{0} signed out</source>
            <translation>{0} is uitgelogd</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="233" />
            <source>Locked: nobody used the station for a while</source>
            <translation>Vergrendeld: niemand heeft het station een tijdje gebruikt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="257" />
            <source>Welcome, {0}. Scan a packing slip</source>
            <translation>Welkom, {0}. Scan een pakbon</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="262" />
            <source>Station {0} · locked</source>
            <translation>Station {0} · vergrendeld</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="264" />
            <source>Station {0} · {1}</source>
            <translation>Station {0} · {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="272" />
            <source>Same scan twice from {0} in a moment: counted once</source>
            <translation>Dezelfde scan twee keer kort na elkaar van {0}: één keer geteld</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="277" />
            <source>Unreadable scan from {0} ({1}): scan again</source>
            <translation>Onleesbare scan van {0} ({1}): scan opnieuw</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="287" />
            <source>disconnected</source>
            <translation>niet verbonden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="290" />
            <source>Scanners: {0}</source>
            <translation>Scanners: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="330" />
            <source>Database reachable again: scans are saved</source>
            <translation>Database weer bereikbaar: scans worden opgeslagen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="340" />
            <source>✗ Database unreachable: scans are not saved</source>
            <translation>✗ Database onbereikbaar: scans worden niet opgeslagen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="370" />
            <source>⚠ {0}: {1}</source>
            <translation>⚠ {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="373" />
            <source>● {0} online</source>
            <translation>● {0} online</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="376" />
            <source>○ Offline: packing continues, sync later</source>
            <translation>○ Offline: inpakken gaat door, later synchroniseren</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/shell/station.py" line="378" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n wacht op synchronisatie</numerusform>
                <numerusform>%n wachten op synchronisatie</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="381" />
            <source>Last sync {0}</source>
            <translation>Laatste sync {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/shell/station.py" line="388" />
            <source>Loading the queue: %n orders…</source>
            <translation>
                <numerusform>Wachtrij laden: %n order…</numerusform>
                <numerusform>Wachtrij laden: %n orders…</numerusform>
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
            <translation>Station {0} is vergrendeld</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/sign_in/controller.py" line="77" />
            <source>Checking…</source>
            <translation>Controleren…</translation>
        </message>
    </context>
    <context>
        <name>SignInView</name>
        <message>
            <location filename="../../src/packstation/ui/sign_in/view.py" line="29" />
            <source>Scan your badge, or choose your name</source>
            <translation>Scan je pas, of kies je naam</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/sign_in/view.py" line="45" />
            <source>Sign in</source>
            <translation>Inloggen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/sign_in/view.py" line="84" />
            <source>PIN for {0}</source>
            <translation>PIN voor {0}</translation>
        </message>
    </context>
</TS>

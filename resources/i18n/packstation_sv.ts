<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
    <context>
        <name>Doctor</name>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="16" />
            <source>none</source>
            <translation>inga</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="21" />
            <source>{products} and {more} more</source>
            <translation>{products} och {more} till</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="22" />
            <source>(no name)</source>
            <translation>(inget namn)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="26" />
            <source>carrier</source>
            <translation>transportör</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="27" />
            <source>account {name} answers; carriers: {carriers}</source>
            <translation>kontot {name} svarar; transportörer: {carriers}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="36" />
            <source>carrier products</source>
            <translation>transportörens produkter</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="37" />
            <source>the account has no products to book</source>
            <translation>kontot har inga produkter att boka</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="53" />
            <source>none configured: no carrier labels are booked</source>
            <translation>ingen inställd: inga etiketter bokas hos en transportör</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="57" />
            <source>the ship-from address lacks {fields}</source>
            <translation>avsändaradressen saknar {fields}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="60" />
            <source>sender</source>
            <translation>avsändare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="69" />
            <source>its production URL</source>
            <translation>dess produktions-URL</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="70" />
            <source>{kind} at {where}: {why}</source>
            <translation>{kind} på {where}: {why}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="269" />
            <source>database</source>
            <translation>databas</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="271" />
            <source>{url} (schema {revision})</source>
            <translation>{url} (schema {revision})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="286" />
            <source>shop</source>
            <translation>butik</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="287" />
            <source>{shop} answers</source>
            <translation>{shop} svarar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="294" />
            <source>{shop} cannot be reached: {why}</source>
            <translation>{shop} kan inte nås: {why}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="299" />
            <source>label printer</source>
            <translation>etikettskrivare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="299" />
            <source>slip printer</source>
            <translation>följesedelsskrivare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="308" />
            <source>scanner</source>
            <translation>skanner</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="310" />
            <source>keyboard wedge: a scan is ≥{keys} keys ≤{gap} ms apart ending in Enter</source>
            <translation>tangentbordsskanner: en skanning är ≥{keys} tecken med ≤{gap} ms mellanrum, avslutad med Enter</translation>
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
                <numerusform>%n sändning väntar på att skickas till butiken</numerusform>
                <numerusform>%n sändningar väntar på att skickas till butiken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/cli.py" line="347" />
            <source>%n orders being packed</source>
            <translation>
                <numerusform>%n order packas</numerusform>
                <numerusform>%n ordrar packas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="349" />
            <source>; expired (a shift lead can take these over): </source>
            <translation>; utgångna (en skiftledare kan ta över dem):</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="352" />
            <source>claims</source>
            <translation>reservationer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="364" />
            <source>{where} cannot be reached{reason}. Nothing can be packed or saved until it answers; check that the database server runs and that this machine can reach it.</source>
            <translation>{where} kan inte nås{reason}. Inget kan packas eller sparas förrän den svarar; kontrollera att databasservern är igång och att den här datorn når den.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="390" />
            <source>{shop} ({domain}) answers at {endpoint}</source>
            <translation>{shop} ({domain}) svarar på {endpoint}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="393" />
            <source>all scopes granted</source>
            <translation>alla behörigheter beviljade</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="395" />
            <source>access</source>
            <translation>åtkomst</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="399" />
            <source>locations</source>
            <translation>platser</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="402" />
            <source>none chosen; set shopify_locations to one of: {names}</source>
            <translation>ingen vald; ange shopify_locations till en av: {names}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="405" />
            <source>unknown location {number}</source>
            <translation>okänd plats {number}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/devices/scale/doctor.py" line="20" />
            <source>scale</source>
            <translation>våg</translation>
        </message>
        <message>
            <location filename="../../src/packstation/devices/scale/doctor.py" line="21" />
            <source>none configured: labels use the expected weight</source>
            <translation>ingen inställd: etiketterna använder den förväntade vikten</translation>
        </message>
    </context>
    <context>
        <name>ShippingLabel</name>
        <message>
            <location filename="../../src/packstation/carriers/own.py" line="161" />
            <source>{weight} (estimated)</source>
            <translation>{weight} (uppskattad)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="217" />
            <source>Order {order}   {weight}   Package {package}/{count}</source>
            <translation>Order {order}   {weight}   Kolli {package}/{count}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="219" />
            <source>FROM</source>
            <translation>AVSÄNDARE</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="220" />
            <source>SHIP TO</source>
            <translation>MOTTAGARE</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="221" />
            <source>REPRINT</source>
            <translation>OMUTSKRIFT</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="229" />
            <source>{carrier} tracking</source>
            <translation>{carrier} spårning</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/layout.py" line="231" />
            <source>%n units</source>
            <translation>
                <numerusform>%n artikel</numerusform>
                <numerusform>%n artiklar</numerusform>
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
            <translation>Ingen API-användare och -nyckel för transportören än: skriv in dem under Inställningar → Transportör (eller sätt {user} och {key} på en station utan skärm)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/shipmondo/http.py" line="33" />
            <source>The carrier account refused the key: check the API user and key in Settings → Carrier</source>
            <translation>Transportörens konto nekade nyckeln: kontrollera API-användare och -nyckel under Inställningar → Transportör</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/shipmondo/http.py" line="63" />
            <source>no reason given</source>
            <translation>inget skäl angivet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/shipmondo/http.py" line="65" />
            <source>The carrier refused the booking: {reason}</source>
            <translation>Transportören nekade bokningen: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/sync/bookings.py" line="220" />
            <source>The carrier keeps refusing it</source>
            <translation>Transportören fortsätter att neka den</translation>
        </message>
    </context>
    <context>
        <name>PickList</name>
        <message>
            <location filename="../../src/packstation/cli.py" line="231" />
            <source>Pick list · {station}</source>
            <translation>Plocklista · {station}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="44" />
            <source>Bin</source>
            <translation>Plats</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="45" />
            <source>SKU</source>
            <translation>Artikelnr</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="46" />
            <source>Qty</source>
            <translation>Antal</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="47" />
            <source>Item</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="48" />
            <source>Orders</source>
            <translation>Ordrar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/pick_list.py" line="83" />
            <source>%n orders</source>
            <translation>
                <numerusform>%n order</numerusform>
                <numerusform>%n ordrar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/pick_list.py" line="84" />
            <source>%n units</source>
            <translation>
                <numerusform>%n artikel</numerusform>
                <numerusform>%n artiklar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="85" />
            <source>page {page}</source>
            <translation>sida {page}</translation>
        </message>
    </context>
    <context>
        <name>Scanning</name>
        <message>
            <location filename="../../src/packstation/devices/scanner/framing.py" line="23" />
            <source>too long</source>
            <translation>för lång</translation>
        </message>
        <message>
            <location filename="../../src/packstation/devices/scanner/framing.py" line="28" />
            <source>not valid text (wrong baud rate or scanner setting?)</source>
            <translation>inte giltig text (fel baudhastighet eller skannerinställning?)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/barcodes.py" line="28" />
            <source>empty</source>
            <translation>tom</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/barcodes.py" line="32" />
            <source>control characters</source>
            <translation>styrtecken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/barcodes.py" line="34" />
            <source>characters that are not text</source>
            <translation>tecken som inte är text</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="158" />
            <source>unknown application identifier at position {position}: {code}</source>
            <translation>okänd AI (application identifier) på position {position}: {code}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="169" />
            <source>AI ({ai}) has no data</source>
            <translation>AI ({ai}) har inga data</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="172" />
            <source>AI ({ai}) must be digits: {value}</source>
            <translation>AI ({ai}) måste vara siffror: {value}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="176" />
            <source>AI ({ai}) needs {length} digits, got {got}</source>
            <translation>AI ({ai}) ska ha {length} siffror, fick {got}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="186" />
            <source>AI ({ai}) is longer than {length}</source>
            <translation>AI ({ai}) är längre än {length}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="190" />
            <source>AI ({ai}) has characters or a length GS1 does not allow: {value}</source>
            <translation>AI ({ai}) har tecken eller en längd som GS1 inte tillåter: {value}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="201" />
            <source>AI ({ai}) {part} has a wrong check digit</source>
            <translation>AI ({ai}) {part} har fel kontrollsiffra</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="206" />
            <source>AI ({ai}) {part} is not a date</source>
            <translation>AI ({ai}) {part} är inget datum</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="240" />
            <source>no element strings</source>
            <translation>inga GS1-data i koden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="249" />
            <source>not a human-readable GS1 string</source>
            <translation>ingen läsbar GS1-text</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="254" />
            <source>unknown application identifier ({ai})</source>
            <translation>okänd AI (application identifier) ({ai})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/packing.py" line="175" />
            <source>serial-numbered items are scanned one at a time</source>
            <translation>artiklar med serienummer skannas en i taget</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/packing.py" line="194" />
            <source>empty serial number</source>
            <translation>tomt serienummer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/packing.py" line="196" />
            <source>a serial number is at most {most} characters long; this one has {length}</source>
            <translation>ett serienummer är högst {most} tecken långt; det här har {length}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/packing.py" line="203" />
            <source>that is a product barcode: scan the serial number of {item}</source>
            <translation>det är en artikels streckkod: skanna serienumret för {item}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/packing.py" line="209" />
            <source>serial number {serial} was already scanned in this order</source>
            <translation>serienummer {serial} är redan skannat i den här ordern</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/packing.py" line="215" />
            <source>serial number {serial} already left in order {order}</source>
            <translation>serienummer {serial} har redan skickats med order {order}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/packing.py" line="229" />
            <source>unreadable</source>
            <translation>oläslig</translation>
        </message>
    </context>
    <context>
        <name>Boxes</name>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="57" />
            <source>boxes must be [[box]] tables</source>
            <translation>kartongerna måste vara [[box]]-tabeller</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="66" />
            <source>box {number} is not a table</source>
            <translation>kartong {number} är ingen tabell</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="69" />
            <source>box {number}</source>
            <translation>kartong {number}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="71" />
            <source>box {name}</source>
            <translation>kartong {name}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="74" />
            <source>{box} has no name</source>
            <translation>{box} har inget namn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="78" />
            <source>{box}: unknown field(s) {fields}</source>
            <translation>{box}: okända fält {fields}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="87" />
            <source>{box}: barcode must be text (quote it)</source>
            <translation>{box}: barcode måste vara text (sätt citattecken runt)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="92" />
            <source>{box} has no {field}</source>
            <translation>{box} saknar {field}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="95" />
            <source>{box}: {field} must be a whole number, not {value}</source>
            <translation>{box}: {field} måste vara ett heltal, inte {value}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="104" />
            <source>{box}: tare_g must be 0 or more</source>
            <translation>{box}: tare_g måste vara 0 eller mer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="107" />
            <source>{box}: {field} must be more than 0</source>
            <translation>{box}: {field} måste vara mer än 0</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="111" />
            <source>{box}: max_weight_g must be more than its tare_g</source>
            <translation>{box}: max_weight_g måste vara mer än dess tare_g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="121" />
            <source>two boxes have the {field} {value}</source>
            <translation>två kartonger har samma {field} {value}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/weight_check.py" line="193" />
            <source>a unit weight must be more than 0 g</source>
            <translation>vikt per enhet måste vara mer än 0 g</translation>
        </message>
    </context>
    <context>
        <name>Booking</name>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="124" />
            <source>No shipping rule matches this order: delivery {delivery} ({kind}) to {country}, {kg} kg. Add a rule in Settings → Shipping rules, or a lead can choose the carrier product for this order.</source>
            <translation>Ingen fraktregel passar den här ordern: leverans {delivery} ({kind}) till {country}, {kg} kg. Lägg till en regel under Inställningar → Fraktregler, eller så kan en skiftledare välja transportörsprodukt för ordern.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/booking.py" line="167" />
            <source>No label for {order}: {reason}</source>
            <translation>Ingen etikett för {order}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="153" />
            <source>Shipping rule {rule}: {key} must be text or a list of texts</source>
            <translation>Fraktregel {rule}: {key} måste vara text eller en lista med texter</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="168" />
            <source>Shipping rule {rule}: {key} must be a whole number of grams</source>
            <translation>Fraktregel {rule}: {key} måste vara ett helt antal gram</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="200" />
            <source>Shipping rule {rule}: unknown key(s) {keys}</source>
            <translation>Fraktregel {rule}: okända nycklar {keys}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="210" />
            <source>Shipping rule {rule}: product_code is missing</source>
            <translation>Fraktregel {rule}: product_code saknas</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="217" />
            <source>Shipping rule {rule}: method_type {kind} does not take a carrier product (only SHIPPING and PICKUP_POINT do)</source>
            <translation>Fraktregel {rule}: method_type {kind} använder ingen transportörsprodukt (bara SHIPPING och PICKUP_POINT gör det)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="230" />
            <source>Shipping rule {rule}: {codes} is not a two-letter country code</source>
            <translation>Fraktregel {rule}: {codes} är ingen landskod med två bokstäver</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="241" />
            <source>Shipping rule {rule}: max_weight_g is below min_weight_g</source>
            <translation>Fraktregel {rule}: max_weight_g är mindre än min_weight_g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="250" />
            <source>Shipping rule {rule}: list services one by one</source>
            <translation>Fraktregel {rule}: skriv tilläggstjänsterna en i taget</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="275" />
            <source>shipping_rule must be a list of tables ([[shipping_rule]])</source>
            <translation>shipping_rule måste vara en lista med tabeller ([[shipping_rule]])</translation>
        </message>
    </context>
    <context>
        <name>Words</name>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="24" />
            <source>Ready</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="25" />
            <source>Spool folder</source>
            <translation>Utskriftsmapp</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="26" />
            <source>No printer configured</source>
            <translation>Ingen skrivare inställd</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="27" />
            <source>CUPS is not available</source>
            <translation>CUPS är inte tillgängligt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="28" />
            <source>keyboard</source>
            <translation>tangentbord</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="29" />
            <source>keyboard wedge ready</source>
            <translation>tangentbordsskanner redo</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="30" />
            <source>starting</source>
            <translation>startar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="31" />
            <source>connected</source>
            <translation>ansluten</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="32" />
            <source>disconnected</source>
            <translation>frånkopplad</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="33" />
            <source>Packstation stopped while this job was being sent</source>
            <translation>Packstation stängdes medan jobbet skickades</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="40" />
            <source>{0} is out of labels: load a roll and press Retry</source>
            <translation>{0} har slut på etiketter: lägg i en ny rulle och tryck Försök igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="41" />
            <source>{0}'s print head is open: close it and press Retry</source>
            <translation>Skrivhuvudet på {0} är öppet: stäng det och tryck Försök igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="42" />
            <source>{0} is out of ribbon: load one and press Retry</source>
            <translation>{0} har slut på färgband: lägg i ett nytt och tryck Försök igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="43" />
            <source>{0}'s print head temperature is out of range: wait a moment and press Retry</source>
            <translation>Skrivhuvudet på {0} har fel temperatur: vänta en stund och tryck Försök igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="47" />
            <source>{0} is paused: press its pause button, then Retry</source>
            <translation>{0} är pausad: tryck på dess pausknapp och sedan Försök igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="48" />
            <source>{0} is busy (buffer full): wait and Retry</source>
            <translation>{0} är upptagen (bufferten är full): vänta och Försök igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="49" />
            <source>{0} is ready</source>
            <translation>{0} är redo</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="50" />
            <source>{0} gave an unreadable status reply</source>
            <translation>{0} gav ett oläsligt statussvar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="51" />
            <source>{0} does not answer: check for an open head or an empty roll</source>
            <translation>{0} svarar inte: kontrollera om skrivhuvudet är öppet eller rullen tom</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="52" />
            <source>The connection to {0} broke during the job: the label may or may not have printed. Check the printer before reprinting.</source>
            <translation>Anslutningen till {0} bröts under jobbet: etiketten kan ha skrivits ut eller inte. Kontrollera skrivaren innan du skriver ut igen.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="57" />
            <source>{0} did not confirm that it took the job: the label may or may not have printed. Check the printer before reprinting.</source>
            <translation>{0} bekräftade inte att den tog emot jobbet: etiketten kan ha skrivits ut eller inte. Kontrollera skrivaren innan du skriver ut igen.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="62" />
            <source>{0} took the job, then reported: {1}. Check whether the label printed before reprinting.</source>
            <translation>{0} tog emot jobbet och rapporterade sedan: {1}. Kontrollera om etiketten skrevs ut innan du skriver ut igen.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="66" />
            <source>{0} took the job, but its label counter did not move: the label may not have printed. Check the printer before reprinting.</source>
            <translation>{0} tog emot jobbet, men dess etiketträknare stod still: etiketten kanske inte skrevs ut. Kontrollera skrivaren innan du skriver ut igen.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="71" />
            <source>The disk holding {0} is full: free some space and press Reprint</source>
            <translation>Disken med {0} är full: frigör utrymme och tryck Skriv ut igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="72" />
            <source>{0} cannot be opened: is it plugged in?</source>
            <translation>{0} kan inte öppnas: är den ansluten?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="73" />
            <source>Ready (spool folder {0})</source>
            <translation>Redo (utskriftsmapp {0})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="74" />
            <source>Ready ({0})</source>
            <translation>Redo ({0})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="75" />
            <source>Cannot write to {0}</source>
            <translation>Kan inte skriva till {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="76" />
            <source>No permission to write {0}</source>
            <translation>Ingen behörighet att skriva till {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="77" />
            <source>{0} is not connected</source>
            <translation>{0} är inte ansluten</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="78" />
            <source>CUPS queue {0} not found</source>
            <translation>CUPS-kön {0} finns inte</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="79" />
            <source>Cannot create the print folder {0}: {1}</source>
            <translation>Kan inte skapa utskriftsmappen {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="23" />
            <source>packer</source>
            <translation>packare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="24" />
            <source>shift lead</source>
            <translation>skiftledare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="25" />
            <source>admin</source>
            <translation>administratör</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="37" />
            <source>en</source>
            <translation>sv</translation>
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
            <translation>Kartong {number}/{count} ({box}): {contents}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="42" />
            <source>Packing slip {order}</source>
            <translation>Följesedel {order}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="77" />
            <source>REPRINT</source>
            <translation>OMUTSKRIFT</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="131" />
            <source>Ship to</source>
            <translation>Leveransadress</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="143" />
            <source>Shipping: {method}</source>
            <translation>Frakt: {method}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="145" />
            <source>Date: {date}</source>
            <translation>Datum: {date}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="151" />
            <source>Tracking: {tracking}</source>
            <translation>Spårning: {tracking}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="159" />
            <source>Qty</source>
            <translation>Antal</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="160" />
            <source>SKU</source>
            <translation>Artikelnr</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="161" />
            <source>Bin</source>
            <translation>Plats</translation>
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
                <numerusform>%n artiklar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="196" />
            <source>Part shipment: {reason}</source>
            <translation>Delleverans: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="207" />
            <source>Note from the customer</source>
            <translation>Meddelande från kunden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="212" />
            <source>Returns</source>
            <translation>Retur</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip_zpl.py" line="33" />
            <source>{shop} · Packing slip</source>
            <translation>{shop} · Följesedel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip_zpl.py" line="55" />
            <source>Note: {note}</source>
            <translation>Meddelande: {note}</translation>
        </message>
    </context>
    <context>
        <name>CommandSheet</name>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="23" />
            <source>Complete the order (F10)</source>
            <translation>Slutför ordern (F10)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="24" />
            <source>Undo the last scan (F4)</source>
            <translation>Ångra senaste skanningen (F4)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="25" />
            <source>Ship short / partial (F9)</source>
            <translation>Skicka delvis / restnotera (F9)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="26" />
            <source>Reprint label and slip (F8)</source>
            <translation>Skriv ut etikett och följesedel igen (F8)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="27" />
            <source>Back to the queue / close a panel (Esc)</source>
            <translation>Tillbaka till kön / stäng en panel (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="28" />
            <source>Close this box, start a new one (Ctrl+N)</source>
            <translation>Stäng kartongen, börja en ny (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="40" />
            <source>Packstation command barcodes</source>
            <translation>Packstation kommandostreckkoder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="43" />
            <source>Packstation: scan to act</source>
            <translation>Packstation: skanna ett kommando</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="45" />
            <source>Station {station}. Works on the pack screen.</source>
            <translation>Station {station}. Fungerar på packskärmen.</translation>
        </message>
    </context>
    <context>
        <name>Manifest</name>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="45" />
            <source>Carrier manifest · {carrier} · {date}</source>
            <translation>Överlämningslista · {carrier} · {date}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="49" />
            <source>From {sender}</source>
            <translation>Från {sender}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/manifest.py" line="50" />
            <source>%n shipments</source>
            <translation>
                <numerusform>%n sändning</numerusform>
                <numerusform>%n sändningar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/manifest.py" line="52" />
            <source>%n parcels</source>
            <translation>
                <numerusform>%n kolli</numerusform>
                <numerusform>%n kollin</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="71" />
            <source>Driver's signature: ______________________   Time: ________</source>
            <translation>Förarens underskrift: ______________________   Tid: ________</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="77" />
            <source>No shipments on {date}</source>
            <translation>Inga sändningar den {date}</translation>
        </message>
    </context>
    <context>
        <name>ShiftReport</name>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="41" />
            <source>shipped_at</source>
            <translation>skickad</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="42" />
            <source>order</source>
            <translation>order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="43" />
            <source>recipient</source>
            <translation>mottagare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="44" />
            <source>city</source>
            <translation>ort</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="45" />
            <source>country</source>
            <translation>land</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="46" />
            <source>carrier</source>
            <translation>transportör</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="47" />
            <source>tracking</source>
            <translation>spårningsnummer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="48" />
            <source>units</source>
            <translation>artiklar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="49" />
            <source>partial_reason</source>
            <translation>orsak till delleverans</translation>
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
                <numerusform>%n order packad</numerusform>
                <numerusform>%n ordrar packade</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="103" />
            <source>%n still open</source>
            <translation>
                <numerusform>%n fortfarande öppen</numerusform>
                <numerusform>%n fortfarande öppna</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="104" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n väntar på synkning</numerusform>
                <numerusform>%n väntar på synkning</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="105" />
            <source>%n open exceptions</source>
            <translation>
                <numerusform>%n öppen avvikelse</numerusform>
                <numerusform>%n öppna avvikelser</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="111" />
            <source>Audit log: {head}</source>
            <translation>Granskningslogg: {head}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="114" />
            <source>Packer</source>
            <translation>Packare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="115" />
            <source>Orders</source>
            <translation>Ordrar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="116" />
            <source>Units</source>
            <translation>Artiklar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="117" />
            <source>Mis-scans</source>
            <translation>Felskanningar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="118" />
            <source>Overrides</source>
            <translation>Åsidosättningar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="119" />
            <source>Avg/order</source>
            <translation>Snitt/order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="129" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="149" />
            <source>Shipments</source>
            <translation>Sändningar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="161" />
            <source>%n units</source>
            <translation>
                <numerusform>%n artikel</numerusform>
                <numerusform>%n artiklar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="80" />
            <source>Give the person's name</source>
            <translation>Skriv personens namn</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/services/auth.py" line="82" />
            <source>A PIN needs at least %n digits</source>
            <translation>
                <numerusform>En PIN måste ha minst %n siffra</numerusform>
                <numerusform>En PIN måste ha minst %n siffror</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="85" />
            <source>A lead needs a PIN of at least 4 digits, or a badge</source>
            <translation>En skiftledare måste ha en PIN på minst 4 siffror eller ett passerkort</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="90" />
            <source>{name} is already set up</source>
            <translation>{name} finns redan</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="94" />
            <source>That badge belongs to {name}</source>
            <translation>Det passerkortet tillhör {name}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="126" />
            <source>Nobody called {name} is set up</source>
            <translation>Det finns ingen person som heter {name}</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="186" />
            <source>Unknown badge</source>
            <translation>Okänt passerkort</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="186" />
            <source>Choose your name</source>
            <translation>Välj ditt namn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="193" />
            <source>Too many wrong PINs for {name}: scan the badge instead</source>
            <translation>För många felaktiga PIN-koder för {name}: skanna passerkortet i stället</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="199" />
            <source>Wrong PIN for {name}</source>
            <translation>Fel PIN för {name}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="220" />
            <source>Give a reason</source>
            <translation>Ange ett skäl</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="260" />
            <source>{name} is not a shift lead</source>
            <translation>{name} är inte skiftledare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="278" />
            <source>Choose a lead</source>
            <translation>Välj en skiftledare</translation>
        </message>
    </context>
    <context>
        <name>Claims</name>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="93" />
            <source>{order} is now {claim}</source>
            <translation>{order} är nu {claim}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="108" />
            <source>Order {order} has already been packed</source>
            <translation>Order {order} är redan packad</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="114" />
            <source>Order {order} is on hold: {reason}</source>
            <translation>Order {order} är spärrad: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="121" />
            <source>Order {order} is on hold</source>
            <translation>Order {order} är spärrad</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="125" />
            <source>Order {order} was cancelled in the shop: do not pack it</source>
            <translation>Order {order} har avbrutits i butiken: packa den inte</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="132" />
            <source>Order {order} was closed in the shop: do not pack it</source>
            <translation>Order {order} har stängts i butiken: packa den inte</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="201" />
            <source>No order {order} is known to this station</source>
            <translation>Stationen känner inte till någon order {order}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="252" />
            <source>{lead} took {order} over: it is now being packed at {station} by {user}. Put its items aside.</source>
            <translation>{lead} tog över {order}: den packas nu vid {station} av {user}. Lägg artiklarna åt sidan.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="261" />
            <source>{order} is now being packed at {station} by {user}</source>
            <translation>{order} packas nu vid {station} av {user}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="269" />
            <source>A shift lead took {order} over: it is no longer on this bench</source>
            <translation>En skiftledare tog över {order}: den finns inte längre på detta packbord</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="275" />
            <source>{order} was set aside for a shift lead</source>
            <translation>{order} har lagts åt sidan åt en skiftledare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="276" />
            <source>{order} is no longer claimed by this bench</source>
            <translation>{order} är inte längre reserverad för detta packbord</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="304" />
            <source>Not shipped: {why}</source>
            <translation>Inte skickad: {why}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/refusals.py" line="37" />
            <source>was being packed at {station} by {user}; {station} has not answered since {since}</source>
            <translation>under packning vid {station} av {user}, men {station} har inte svarat sedan {since}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/refusals.py" line="44" />
            <source>being packed at {station} by {user}</source>
            <translation>under packning vid {station} av {user}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/refusals.py" line="54" />
            <source>{order} {claim}: a shift lead can take it over</source>
            <translation>{order} är {claim}: en skiftledare kan ta över den</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/refusals.py" line="61" />
            <source>{order} is {claim}</source>
            <translation>{order} är {claim}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/services/replay.py" line="70" />
            <source>{item} (%n counted) is no longer wanted</source>
            <translation>
                <numerusform>{item} (%n räknad) behövs inte längre</numerusform>
                <numerusform>{item} (%n räknade) behövs inte längre</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/services/replay.py" line="74" />
            <source>{item} is down to {wanted} (%n counted)</source>
            <translation>
                <numerusform>{item} är nedsatt till {wanted} (%n räknad)</numerusform>
                <numerusform>{item} är nedsatt till {wanted} (%n räknade)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/replay.py" line="82" />
            <source>Order {order} was changed in the shop while it was being packed: {changes}. Put the items aside: a shift lead decides what to do with them.</source>
            <translation>Order {order} ändrades i butiken medan den packades: {changes}. Lägg artiklarna åt sidan: en skiftledare bestämmer vad som ska göras med dem.</translation>
        </message>
    </context>
    <context>
        <name>Exceptions</name>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="22" />
            <source>Confirmed by hand</source>
            <translation>Bekräftad manuellt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="23" />
            <source>Short shipment</source>
            <translation>Delleverans</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="24" />
            <source>Refused by the shop</source>
            <translation>Avvisad av butiken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="25" />
            <source>Sent twice: the duplicate was cancelled</source>
            <translation>Skickad två gånger: dubbletten avbröts</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="26" />
            <source>Changed in the shop while packing</source>
            <translation>Ändrad i butiken under packningen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="27" />
            <source>Printing failed</source>
            <translation>Utskriften misslyckades</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="28" />
            <source>No carrier label</source>
            <translation>Ingen etikett från transportören</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="29" />
            <source>Refused by the carrier</source>
            <translation>Avvisad av transportören</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="30" />
            <source>Booked twice with the carrier</source>
            <translation>Bokad två gånger hos transportören</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="31" />
            <source>The carrier would not cancel</source>
            <translation>Transportören ville inte avboka</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="78" />
            <source>{title} ({sku}) confirmed by {lead}: {reason}</source>
            <translation>{title} ({sku}) bekräftad av {lead}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="93" />
            <source>Shipped without {items}; allowed by {lead}: {reason}</source>
            <translation>Skickad utan {items}; godkänd av {lead}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="143" />
            <source>Exception {id} does not exist</source>
            <translation>Avvikelse {id} finns inte</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="234" />
            <source>Write what was said or agreed</source>
            <translation>Skriv vad som sades eller avtalades</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="260" />
            <source>Only a refused shipment can be sent again</source>
            <translation>Bara en avvisad sändning kan skickas igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="266" />
            <source>This shipment is no longer waiting to be sent</source>
            <translation>Sändningen väntar inte längre på att skickas</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="297" />
            <source>This exception was resolved meanwhile</source>
            <translation>Avvikelsen har åtgärdats under tiden</translation>
        </message>
    </context>
    <context>
        <name>Packing</name>
        <message>
            <location filename="../../src/packstation/services/packing.py" line="420" />
            <source>The carrier refused the booking of {order}: {words}</source>
            <translation>Transportören nekade bokningen av {order}: {words}</translation>
        </message>
    </context>
    <context>
        <name>Voids</name>
        <message>
            <location filename="../../src/packstation/services/voids.py" line="52" />
            <source>Order {order} has no shipment to void</source>
            <translation>Order {order} har ingen sändning att makulera</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/voids.py" line="62" />
            <source>No such shipment</source>
            <translation>Sändningen finns inte</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/voids.py" line="65" />
            <source>The shipment of {order} is already void</source>
            <translation>Sändningen för {order} är redan makulerad</translation>
        </message>
    </context>
    <context>
        <name>Shop</name>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="108" />
            <source>The shop refused the access token: check the shop connection in Settings</source>
            <translation>Butiken nekade åtkomsttoken: kontrollera butiksanslutningen under Inställningar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="124" />
            <source>The shop keeps asking to slow down: syncing again later</source>
            <translation>Butiken ber hela tiden om att sakta ner: synkar igen senare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="134" />
            <source>The shop asked to wait {seconds} s: syncing again later</source>
            <translation>Butiken bad om att vänta {seconds} s: synkar igen senare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="148" />
            <source>Cannot reach the shop ({why})</source>
            <translation>Når inte butiken ({why})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="151" />
            <source>The shop did not answer in time</source>
            <translation>Butiken svarade inte i tid</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="162" />
            <source>The shop refused access: the app lacks a permission (access scope) it needs</source>
            <translation>Butiken nekade åtkomst: appen saknar en behörighet (access scope) som den behöver</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="169" />
            <source>The shop sent a web page instead of data (HTTP {status})</source>
            <translation>Butiken skickade en webbsida i stället för data (HTTP {status})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="177" />
            <source>The shop has a problem (HTTP {status})</source>
            <translation>Butiken har ett problem (HTTP {status})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="181" />
            <source>The shop refused the request (HTTP {status})</source>
            <translation>Butiken nekade förfrågan (HTTP {status})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="193" />
            <source>The shop sent an unexpected reply</source>
            <translation>Butiken skickade ett oväntat svar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="204" />
            <source>The shop refused the request: {why}</source>
            <translation>Butiken nekade förfrågan: {why}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="208" />
            <source>The shop's reply has no data</source>
            <translation>Butikens svar har inga data</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/connector.py" line="27" />
            <source>read the orders waiting at your locations (without it the queue stays empty)</source>
            <translation>läsa ordrarna som väntar på era platser (utan den förblir kön tom)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/connector.py" line="30" />
            <source>mark orders as shipped (and cancel voided shipments), report packing progress and hold orders</source>
            <translation>markera ordrar som skickade (och annullera sändningar), rapportera packningen och spärra ordrar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/connector.py" line="35" />
            <source>read order notes, gift messages, tags and cancellations</source>
            <translation>läsa orderanteckningar, presenthälsningar, taggar och annulleringar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/connector.py" line="36" />
            <source>read product barcodes, bins, case barcodes and images (without it items can only be scanned by SKU)</source>
            <translation>läsa artiklarnas streckkoder, platser, kartongstreckkoder och bilder (utan den kan artiklar bara skannas med SKU)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/connector.py" line="41" />
            <source>list your locations</source>
            <translation>visa era platser</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/connector.py" line="68" />
            <source>{scope}: needed to {what}</source>
            <translation>{scope}: behövs för att {what}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/credentials.py" line="142" />
            <source>No shop credentials yet: enter them in Settings → Shop (or set {variable} for headless use)</source>
            <translation>Inga inloggningsuppgifter för butiken än: skriv in dem under Inställningar → Butik (eller sätt {variable} på en station utan skärm)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/credentials.py" line="183" />
            <source>Cannot reach the shop to renew its access ({why})</source>
            <translation>Når inte butiken för att förnya åtkomsten ({why})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/credentials.py" line="195" />
            <source>The shop refused the client id and secret: check them in Settings → Shop</source>
            <translation>Butiken nekade klient-id och klienthemlighet: kontrollera dem under Inställningar → Butik</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <location filename="../../src/packstation/storage/db.py" line="29" />
            <source>database unreachable - scans are not being saved</source>
            <translation>databasen kan inte nås - skanningar sparas inte</translation>
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
                <numerusform>%n order</numerusform>
                <numerusform>%n ordrar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="95" />
            <source>No queued order (outside a batch) matches these rules</source>
            <translation>Ingen order i kön (utanför en batch) matchar reglerna</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="107" />
            <source>%n batches built: filter the queue by a batch's name</source>
            <translation>
                <numerusform>%n batch skapad: filtrera kön på batchens namn</numerusform>
                <numerusform>%n batcher skapade: filtrera kön på batchens namn</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="131" />
            <source>{0} of {1} packed</source>
            <translation>{0} av {1} packade</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="178" />
            <source>The slip printer takes labels only: print pick lists with “packstation batches”</source>
            <translation>Följesedelsskrivaren tar bara etiketter: skriv ut plocklistor med ”packstation batches”</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="188" />
            <source>Pick list of {0} printed</source>
            <translation>Plocklista för {0} utskriven</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="202" />
            <source>%n packing slips of {0} printed</source>
            <translation>
                <numerusform>%n följesedel av {0} utskriven</numerusform>
                <numerusform>%n följesedlar av {0} utskrivna</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="213" />
            <source>%n labels queued</source>
            <translation>
                <numerusform>%n etikett i utskriftskön</numerusform>
                <numerusform>%n etiketter i utskriftskön</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="215" />
            <source>%n printed before</source>
            <translation>
                <numerusform>%n utskriven tidigare</numerusform>
                <numerusform>%n utskrivna tidigare</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="217" />
            <source>%n to check at the printer (F11)</source>
            <translation>
                <numerusform>%n att kontrollera vid skrivaren (F11)</numerusform>
                <numerusform>%n att kontrollera vid skrivaren (F11)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="219" />
            <source>%n orders not verified yet</source>
            <translation>
                <numerusform>%n order inte kontrollerad än</numerusform>
                <numerusform>%n ordrar inte kontrollerade än</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="233" />
            <source>{0} closed</source>
            <translation>{0} stängd</translation>
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
            <translation>Skapa batcher från kön</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="54" />
            <source>Single-item orders only</source>
            <translation>Bara ordrar med en artikel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="55" />
            <source>One batch per shipping method</source>
            <translation>En batch per fraktsätt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="56" />
            <source>Express first</source>
            <translation>Express först</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="60" />
            <source>Only orders with this SKU (empty: any)</source>
            <translation>Bara ordrar med denna SKU (tomt: alla)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="62" />
            <source>Placed before the cut-off</source>
            <translation>Lagd före stopptiden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="74" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="75" />
            <source>Cut-off</source>
            <translation>Stopptid</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="76" />
            <source>Orders per batch</source>
            <translation>Ordrar per batch</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="80" />
            <source>Build batches</source>
            <translation>Skapa batcher</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="89" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="89" />
            <source>Packed</source>
            <translation>Packade</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="89" />
            <source>Units</source>
            <translation>Enheter</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="89" />
            <source>Built by</source>
            <translation>Skapad av</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="94" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="94" />
            <source>Customer</source>
            <translation>Kund</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="94" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="109" />
            <source>Print pick list</source>
            <translation>Skriv ut plocklista</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="110" />
            <source>Print all packing slips</source>
            <translation>Skriv ut alla följesedlar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="111" />
            <source>Print labels of verified orders</source>
            <translation>Skriv ut etiketter för kontrollerade ordrar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="112" />
            <source>Close batch</source>
            <translation>Stäng batch</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="113" />
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
    </context>
    <context>
        <name>ClaimsView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="34" />
            <source>Benches and their orders</source>
            <translation>Packbord och deras ordrar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="44" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="45" />
            <source>Bench</source>
            <translation>Packbord</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="46" />
            <source>Packer</source>
            <translation>Packare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="47" />
            <source>Since</source>
            <translation>Sedan</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="48" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="58" />
            <source>Take over to this bench…</source>
            <translation>Ta över till detta packbord…</translation>
        </message>
    </context>
    <context>
        <name>ClaimsController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="94" />
            <source>Benches unavailable: {0}</source>
            <translation>Packborden är inte tillgängliga: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/claims.py" line="99" />
            <source>%n orders being packed</source>
            <translation>
                <numerusform>%n order packas</numerusform>
                <numerusform>%n ordrar packas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/claims.py" line="100" />
            <source>; %n at benches that stopped answering</source>
            <translation>
                <numerusform>; %n vid packbord som slutat svara</numerusform>
                <numerusform>; %n vid packbord som slutat svara</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="101" />
            <source>: a lead can take those over</source>
            <translation>: en skiftledare kan ta över dem</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="112" />
            <source>Expired: no answer since {0}</source>
            <translation>Utgången: inget svar sedan {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="116" />
            <source>Packing</source>
            <translation>Packas</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="128" />
            <source>Select the order to take over first</source>
            <translation>Välj först ordern som ska tas över</translation>
        </message>
    </context>
    <context>
        <name>HourlyChart</name>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="56" />
            <source>No orders yet</source>
            <translation>Inga ordrar än</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="81" />
            <source>Shift dashboard</source>
            <translation>Skiftöversikt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="99" />
            <source>Packer</source>
            <translation>Packare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="100" />
            <source>Orders</source>
            <translation>Ordrar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="101" />
            <source>Orders/h</source>
            <translation>Ordrar/h</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="102" />
            <source>Units/h</source>
            <translation>Enheter/h</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="103" />
            <source>Mis-scans</source>
            <translation>Felskanningar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="104" />
            <source>Overrides</source>
            <translation>Godkännanden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="105" />
            <source>Avg per order</source>
            <translation>Snitt per order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="106" />
            <source>Weight stops</source>
            <translation>Viktstopp</translation>
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
            <translation>Dagens manifest till transportören</translation>
        </message>
    </context>
    <context>
        <name>DashboardController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="160" />
            <source>Figures unavailable: {0}</source>
            <translation>Siffror saknas: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="164" />
            <source>%n orders packed</source>
            <translation>
                <numerusform>%n order packad</numerusform>
                <numerusform>%n ordrar packade</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="165" />
            <source>%n still open</source>
            <translation>
                <numerusform>%n fortfarande öppen</numerusform>
                <numerusform>%n fortfarande öppna</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="166" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n väntar på synkning</numerusform>
                <numerusform>%n väntar på synkning</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="167" />
            <source>%n open exceptions</source>
            <translation>
                <numerusform>%n öppen avvikelse</numerusform>
                <numerusform>%n öppna avvikelser</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="169" />
            <source>Last %n h</source>
            <translation>
                <numerusform>Senaste %n h</numerusform>
                <numerusform>Senaste %n h</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="208" />
            <source>Carrier cut-off {0} (in {1} h {2:02d} min)</source>
            <translation>Transportörens stopptid {0} (om {1} h {2:02d} min)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="212" />
            <source>{0}: every order placed before it is packed</source>
            <translation>{0}: alla ordrar lagda före den är packade</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="213" />
            <source>{0}: %n orders still open</source>
            <translation>
                <numerusform>{0}: %n order fortfarande öppen</numerusform>
                <numerusform>{0}: %n ordrar fortfarande öppna</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="215" />
            <source>Carrier cut-off {0} passed: every order placed before it left</source>
            <translation>Transportörens stopptid {0} har passerat: alla ordrar lagda före den har skickats</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="218" />
            <source>Carrier cut-off {0} passed: %n orders missed today's collection</source>
            <translation>
                <numerusform>Transportörens stopptid {0} har passerat: %n order missade dagens hämtning</numerusform>
                <numerusform>Transportörens stopptid {0} har passerat: %n ordrar missade dagens hämtning</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="254" />
            <source>Not saved: {0}</source>
            <translation>Inte sparad: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="257" />
            <source>Saved {0} (%n shipments)</source>
            <translation>
                <numerusform>Sparade {0} (%n sändning)</numerusform>
                <numerusform>Sparade {0} (%n sändningar)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="261" />
            <source>Saving…</source>
            <translation>Sparar…</translation>
        </message>
    </context>
    <context>
        <name>ExceptionsView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="48" />
            <source>Exceptions (F2)</source>
            <translation>Avvikelser (F2)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="56" />
            <source>When</source>
            <translation>När</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="56" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="56" />
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="56" />
            <source>Details</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="56" />
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="65" />
            <source>Resolve…</source>
            <translation>Åtgärda…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="66" />
            <source>Retry</source>
            <translation>Försök igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="67" />
            <source>Hold in shop…</source>
            <translation>Spärra i butiken…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="68" />
            <source>Release hold…</source>
            <translation>Häv spärren…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="69" />
            <source>Cancel the shipment…</source>
            <translation>Avbryt sändningen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="70" />
            <source>Contact the customer…</source>
            <translation>Kontakta kunden…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="71" />
            <source>Note what the customer was told or agreed</source>
            <translation>Anteckna vad kunden fick veta eller vad ni kom överens om</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="72" />
            <source>Benches… (Ctrl+K)</source>
            <translation>Packbord… (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="74" />
            <source>Orders being packed at every bench; benches that stopped answering</source>
            <translation>Ordrar som packas vid varje packbord; packbord som slutat svara</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="76" />
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
    </context>
    <context>
        <name>ExceptionsController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="148" />
            <source>No open exceptions.</source>
            <translation>Inga öppna avvikelser.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="179" />
            <source>Working…</source>
            <translation>Arbetar…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="208" />
            <source>Asking the shop…</source>
            <translation>Frågar butiken…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="218" />
            <source>{0} is on hold in the shop</source>
            <translation>{0} är spärrad i butiken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="220" />
            <source>{0} is released in the shop</source>
            <translation>{0} är frisläppt i butiken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="228" />
            <source>Put {0} on hold in the shop?</source>
            <translation>Spärra {0} i butiken?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="230" />
            <source>Release the hold on {0} in the shop?</source>
            <translation>Häva spärren för {0} i butiken?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="244" />
            <source>Printing again; resolve this once the documents are out</source>
            <translation>Skriver ut igen; åtgärda detta när dokumenten är utskrivna</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="253" />
            <source>{0} will be sent to the shop again</source>
            <translation>{0} skickas till butiken igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="258" />
            <source>Send {0} to the shop again?</source>
            <translation>Skicka {0} till butiken igen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="274" />
            <source>The shipment of {0} is void; the order is back in the queue</source>
            <translation>Sändningen för {0} är makulerad; ordern är tillbaka i kön</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="281" />
            <source>Cancel the shipment of {0}?</source>
            <translation>Avbryta sändningen för {0}?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="294" />
            <source>Contact the customer: {0}</source>
            <translation>Kontakta kunden: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="295" />
            <source>What was the customer told, or what was agreed?</source>
            <translation>Vad fick kunden veta, eller vad kom ni överens om?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="305" />
            <source>Note saved on {0}</source>
            <translation>Anteckning sparad på {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="331" />
            <source>Resolve: {0} on {1}</source>
            <translation>Åtgärda: {0} på {1}</translation>
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
            <translation>{0} tillagd som {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="87" />
            <source>Select a person first</source>
            <translation>Välj en person först</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="93" />
            <source>New PIN saved for {0}</source>
            <translation>Ny PIN sparad för {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="106" />
            <source>{0} can no longer sign in</source>
            <translation>{0} kan inte längre logga in</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="110" />
            <source>Saving…</source>
            <translation>Sparar…</translation>
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="31" />
            <source>People</source>
            <translation>Personer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="39" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="39" />
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="39" />
            <source>Badge</source>
            <translation>Passerkort</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="39" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="47" />
            <source>New PIN for the selected person</source>
            <translation>Ny PIN för vald person</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="48" />
            <source>Deactivate the selected person</source>
            <translation>Inaktivera vald person</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="54" />
            <source>Add a person</source>
            <translation>Lägg till en person</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="63" />
            <source>Scan the badge here, or leave empty</source>
            <translation>Skanna passerkortet här, eller lämna tomt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="67" />
            <source>Leads and admins: at least 4 digits</source>
            <translation>Skiftledare och administratörer: minst 4 siffror</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="68" />
            <source>Add</source>
            <translation>Lägg till</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="72" />
            <source>PIN (also used for a new PIN)</source>
            <translation>PIN (används även för ny PIN)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="79" />
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
    </context>
    <context>
        <name>PickupView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="39" />
            <source>Book carrier pickup</source>
            <translation>Boka upphämtning hos transportören</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="45" />
            <source>Carrier</source>
            <translation>Transportör</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="45" />
            <source>Parcels today</source>
            <translation>Paket i dag</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="45" />
            <source>Pickup</source>
            <translation>Upphämtning</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="55" />
            <source>Parcels ready from</source>
            <translation>Paketen är klara från</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="56" />
            <source>Collected by</source>
            <translation>Hämtas senast</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="62" />
            <source>Book pickup…</source>
            <translation>Boka upphämtning…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="63" />
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
    </context>
    <context>
        <name>PickupController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="105" />
            <source>booked at {0}</source>
            <translation>bokad kl. {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="109" />
            <source>collected by agreement (no pickup request)</source>
            <translation>hämtas enligt avtal (ingen beställning)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="111" />
            <source>not booked</source>
            <translation>inte bokad</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="118" />
            <source>No parcels were booked with a carrier today.</source>
            <translation>Inga paket har bokats hos en transportör i dag.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="140" />
            <source>Asking the carrier…</source>
            <translation>Frågar transportören…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="149" />
            <source>Ask {0} to collect {1} parcels today?</source>
            <translation>Be {0} hämta {1} paket i dag?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="165" />
            <source>Pickup booked ({0}): {1} parcels</source>
            <translation>Upphämtning bokad ({0}): {1} paket</translation>
        </message>
    </context>
    <context>
        <name>CarrierChoiceDialog</name>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="46" />
            <source>Carrier product for {0}</source>
            <translation>Transportörsprodukt för {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="56" />
            <source>Product code</source>
            <translation>Produktkod</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="59" />
            <source>e.g. EMAIL_NT SMS_NT (empty: none)</source>
            <translation>t.ex. EMAIL_NT SMS_NT (tomt: inga)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="60" />
            <source>Services</source>
            <translation>Tjänster</translation>
        </message>
    </context>
    <context>
        <name>RebookAction</name>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="77" />
            <source>Carrier product…</source>
            <translation>Transportörsprodukt…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="80" />
            <source>A shift lead chooses another carrier product or services and books again</source>
            <translation>En skiftledare väljer en annan transportörsprodukt eller andra tjänster och bokar igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="128" />
            <source>{0}: carrier product {1}; it is booked again</source>
            <translation>{0}: transportörsprodukt {1}; den bokas igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="134" />
            <source>Book {0} with {1}?</source>
            <translation>Boka {0} med {1}?</translation>
        </message>
    </context>
    <context>
        <name>LeadWindows</name>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="61" />
            <source>Open the dashboard</source>
            <translation>Öppna skiftöversikten</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="68" />
            <source>Book carrier pickup…</source>
            <translation>Boka upphämtning hos transportören…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="85" />
            <source>Open batch building</source>
            <translation>Öppna batchbyggandet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="96" />
            <source>Open the exceptions</source>
            <translation>Öppna avvikelserna</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="126" />
            <source>Manage the people at the stations?</source>
            <translation>Hantera personerna vid stationerna?</translation>
        </message>
    </context>
    <context>
        <name>BookingWatch</name>
        <message>
            <location filename="../../src/packstation/ui/pack/booking_watch.py" line="36" />
            <source>Carrier bookings are paused: {0}. Boxes get a LABEL PENDING slip; a shift lead fixes the key in Settings → Carrier</source>
            <translation>Bokningar hos transportören är pausade: {0}. Kartongerna får en LABEL PENDING-lapp; en skiftledare rättar nyckeln under Inställningar → Transportör</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/booking_watch.py" line="43" />
            <source>Carrier bookings work again</source>
            <translation>Bokningar hos transportören fungerar igen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/booking_watch.py" line="47" />
            <source>The carrier refused %n bookings: a shift lead sees why in Exceptions (F2) and can choose another product</source>
            <translation>
                <numerusform>Transportören avvisade %n bokning: en skiftledare ser varför under Avvikelser (F2) och kan välja en annan produkt</numerusform>
                <numerusform>Transportören avvisade %n bokningar: en skiftledare ser varför under Avvikelser (F2) och kan välja en annan produkt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoxStripView</name>
        <message>
            <location filename="../../src/packstation/ui/pack/box_strip.py" line="43" />
            <source>New box (Ctrl+N)</source>
            <translation>Ny kartong (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/box_strip.py" line="59" />
            <source>Lead override…</source>
            <translation>Godkännande (skiftledare)…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/box_strip.py" line="65" />
            <source>Unit weights…</source>
            <translation>Vikt per enhet…</translation>
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
            <translation>{0} · töm vågen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="104" />
            <source>settling…</source>
            <translation>stabiliseras…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="105" />
            <source>too heavy</source>
            <translation>för tung</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="106" />
            <source>below zero: zero the scale</source>
            <translation>under noll: nollställ vågen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="107" />
            <source>scale fault</source>
            <translation>fel på vågen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="108" />
            <source>no scale</source>
            <translation>ingen våg</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/boxes.py" line="125" />
            <source>Box {0} of {1}: {2} · %n units</source>
            <translation>
                <numerusform>Kartong {0} av {1}: {2} · %n enhet</numerusform>
                <numerusform>Kartong {0} av {1}: {2} · %n enheter</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="131" />
            <source>Expected {0}</source>
            <translation>Förväntat {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="136" />
            <source>no box chosen</source>
            <translation>ingen kartong vald</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="138" />
            <source>{0} (suggested by weight)</source>
            <translation>{0} (föreslagen efter vikt)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="138" />
            <source>Shopify has no item sizes, so this box was suggested by the items' weight alone. Scan a box barcode to choose another.</source>
            <translation>Shopify har inga mått på artiklarna, så kartongen föreslogs bara efter artiklarnas vikt. Skanna en kartongstreckkod för att välja en annan.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="143" />
            <source>{0} (suggested)</source>
            <translation>{0} (föreslagen)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="143" />
            <source>The smallest box the items' sizes and weight fit. Scan a box barcode to choose another.</source>
            <translation>Den minsta kartongen som artiklarnas mått och vikt ryms i. Skanna en kartongstreckkod för att välja en annan.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="160" />
            <source>Open an order first: scan its packing slip</source>
            <translation>Öppna en order först: skanna dess följesedel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="167" />
            <source>Box {0} is a {1} ({2})</source>
            <translation>Kartong {0}: {1} ({2})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="168" />
            <source>tare {0}</source>
            <translation>tara {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="181" />
            <source>Box {0} is empty: scan items into it first</source>
            <translation>Kartong {0} är tom: skanna varor i den först</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="198" />
            <source>Box {0} closed at {1}. Box {2} is open: scan its items</source>
            <translation>Kartong {0} stängd med {1}. Kartong {2} är öppen: skanna dess varor</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="232" />
            <source>Take the last parcel off the scale, then put this box on it</source>
            <translation>Ta av det förra paketet från vågen och ställ sedan på den här kartongen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="234" />
            <source>Put box {0} on the scale and wait for a steady weight</source>
            <translation>Ställ kartong {0} på vågen och vänta på en stabil vikt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="251" />
            <source>{0} on the scale, {1} expected: check for a missing or extra item</source>
            <translation>{0} på vågen, {1} förväntat: kontrollera om en vara saknas eller är för mycket</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="255" />
            <source>Fix the box and weigh it again, or ask a lead to override</source>
            <translation>Rätta kartongen och väg den igen, eller be en skiftledare om godkännande</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="268" />
            <source>Send box {0} of {1} at {2} instead of {3}?</source>
            <translation>Skicka kartong {0} av {1} med {2} i stället för {3}?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="296" />
            <source>{0} let box {1} go at {2}</source>
            <translation>{0} godkände kartong {1} med {2}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="327" />
            <source>Box NOT saved: {0}</source>
            <translation>Kartongen är INTE sparad: {0}</translation>
        </message>
    </context>
    <context>
        <name>CompletionController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="63" />
            <source>Choose a reason for the partial shipment</source>
            <translation>Välj en orsak till delleveransen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/completion.py" line="74" />
            <source>Ship {0} short, {1} of %n units missing?</source>
            <translation>
                <numerusform>Skicka {0} med brist, {1} av %n enhet saknas?</numerusform>
                <numerusform>Skicka {0} med brist, {1} av %n enheter saknas?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="90" />
            <source>{0}; missing: {1}</source>
            <translation>{0}; saknas: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="107" />
            <source>Scan the serial number of {0} first</source>
            <translation>Skanna serienumret för {0} först</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/completion.py" line="116" />
            <source>%n units missing: scan them, or press F9 to ship partial</source>
            <translation>
                <numerusform>%n enhet saknas: skanna den, eller tryck F9 för delleverans</numerusform>
                <numerusform>%n enheter saknas: skanna dem, eller tryck F9 för delleverans</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="124" />
            <source>Completing {0}…</source>
            <translation>Avslutar {0}…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="148" />
            <source>Printing {0}…</source>
            <translation>Skriver ut {0}…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="160" />
            <source>{0}: label and slip reprinted, marked REPRINT</source>
            <translation>{0}: etikett och följesedel utskrivna igen, märkta REPRINT</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="162" />
            <source>{0} packed SHORT: label and slip printed. Scan the next slip</source>
            <translation>{0} packad MED BRIST: etikett och följesedel utskrivna. Skanna nästa följesedel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="166" />
            <source>{0} packed: label and slip printed. Scan the next slip</source>
            <translation>{0} packad: etikett och följesedel utskrivna. Skanna nästa följesedel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="170" />
            <source>{0} packed; the label may not have printed: check the printer (F11)</source>
            <translation>{0} packad; etiketten kanske inte skrevs ut: kontrollera skrivaren (F11)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="173" />
            <source>{0} packed, NOT printed yet: {1}. Press F7 to retry</source>
            <translation>{0} packad, INTE utskriven än: {1}. Tryck F7 för att försöka igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="190" />
            <source>Nothing to reprint: complete the order first</source>
            <translation>Inget att skriva ut igen: slutför ordern först</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="193" />
            <source>Reprint the label and slip of {0}?</source>
            <translation>Skriva ut etiketten och följesedeln för {0} igen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="203" />
            <source>Reprinting {0}…</source>
            <translation>Skriver ut {0} igen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="216" />
            <source>This order is not completed: nothing to void</source>
            <translation>Den här ordern är inte slutförd: inget att makulera</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="221" />
            <source>No shipment of {0} to void</source>
            <translation>Ingen sändning för {0} att makulera</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="232" />
            <source>Void the shipment of {0} ({1})?</source>
            <translation>Makulera sändningen för {0} ({1})?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="251" />
            <source>Shipment of {0} void: unpack the box; the shop cancels it on sync</source>
            <translation>Sändningen för {0} makulerad: packa upp lådan; butiken avbryter den vid synk</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="253" />
            <source>Shipment of {0} void: unpack the box; it never reached the shop</source>
            <translation>Sändningen för {0} makulerad: packa upp lådan; den nådde aldrig butiken</translation>
        </message>
    </context>
    <context>
        <name>PackController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="98" />
            <source>Scan the items of {0}</source>
            <translation>Skanna artiklarna i {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="119" />
            <source>Order {0} was not opened: {1}</source>
            <translation>Order {0} öppnades inte: {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="129" />
            <source>Parked {0}: {1} of %n units scanned. Scan its slip to continue</source>
            <translation>
                <numerusform>Parkerade {0}: {1} av %n enhet skannad. Skanna följesedeln för att fortsätta</numerusform>
                <numerusform>Parkerade {0}: {1} av %n enheter skannade. Skanna följesedeln för att fortsätta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="139" />
            <source>Continuing {0} that {1} parked: {2} of %n units</source>
            <translation>
                <numerusform>Fortsätter {0} som {1} parkerade: {2} av %n enhet</numerusform>
                <numerusform>Fortsätter {0} som {1} parkerade: {2} av %n enheter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="142" />
            <source>Continuing {0}: {1} of %n units</source>
            <translation>
                <numerusform>Fortsätter {0}: {1} av %n enhet</numerusform>
                <numerusform>Fortsätter {0}: {1} av %n enheter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="168" />
            <source>Resumed {0}: {1} of %n units were scanned before the restart</source>
            <translation>
                <numerusform>Återupptog {0}: {1} av %n enhet skannades före omstarten</numerusform>
                <numerusform>Återupptog {0}: {1} av %n enheter skannades före omstarten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="184" />
            <source>Scan not checked: {0}</source>
            <translation>Skanningen kontrollerades inte: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="204" />
            <source>Unreadable scan ({0}): scan the item again</source>
            <translation>Oläslig skanning ({0}): skanna artikeln igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="214" />
            <source>Approved by {0}: {1}</source>
            <translation>Godkänd av {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="245" />
            <source>Last scan NOT saved: {0}. Scan it again</source>
            <translation>Senaste skanningen INTE sparad: {0}. Skanna den igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="264" />
            <source>Last scan NOT saved: {0}</source>
            <translation>Senaste skanningen INTE sparad: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="295" />
            <source>Choose the line that will not scan with ↑ ↓, then press F3 again</source>
            <translation>Välj raden som inte går att skanna med ↑ ↓ och tryck F3 igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="299" />
            <source>Confirm 1 × {0} without a scan?</source>
            <translation>Bekräfta 1 × {0} utan skanning?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="320" />
            <source>Confirmed by {0}: {1}</source>
            <translation>Bekräftat av {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="352" />
            <source>Nothing to undo</source>
            <translation>Inget att ångra</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="360" />
            <source>Undone: {0} × {1}</source>
            <translation>Ångrat: {0} × {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="379" />
            <source>Next scan counts %n units</source>
            <translation>
                <numerusform>Nästa skanning räknas som %n enhet</numerusform>
                <numerusform>Nästa skanning räknas som %n enheter</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="425" />
            <source>Order {0} is now {1} in the shop: stop packing it</source>
            <translation>Order {0} är nu {1} i butiken: sluta packa den</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="441" />
            <source>Customer note: {0}</source>
            <translation>Kundens meddelande: {0}</translation>
        </message>
    </context>
    <context>
        <name>ExpiredGate</name>
        <message>
            <location filename="../../src/packstation/ui/pack/expired_gate.py" line="47" />
            <source>{0} expired on {1}: a shift lead must approve it before it counts</source>
            <translation>{0} gick ut {1}: en skiftledare måste godkänna artikeln innan den räknas</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/expired_gate.py" line="57" />
            <source>Count {0} though it expired on {1}?</source>
            <translation>Räkna {0} trots att den gick ut {1}?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/expired_gate.py" line="61" />
            <source>Expired on {0}</source>
            <translation>Utgången {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/expired_gate.py" line="67" />
            <source>Not counted: {0} expired on {1}. Put it aside</source>
            <translation>Inte räknad: {0} gick ut {1}. Lägg artikeln åt sidan</translation>
        </message>
    </context>
    <context>
        <name>InstructionsController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="33" />
            <source>Tags: {0}</source>
            <translation>Taggar: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="45" />
            <source>Read ✓ (Ctrl+G)</source>
            <translation>Läst ✓ (Ctrl+G)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="57" />
            <source>Gift message: “{0}”</source>
            <translation>Presenthälsning: “{0}”</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="68" />
            <source>A gift: read this, pack as asked, then confirm</source>
            <translation>En present: läs detta, packa som önskat och bekräfta</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="69" />
            <source>The customer asks for this: read it, then confirm</source>
            <translation>Kunden ber om detta: läs det och bekräfta</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="72" />
            <source>✓ Read: pack as the customer asked</source>
            <translation>✓ Läst: packa som kunden önskar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="88" />
            <source>Read the customer's instructions first, then press Ctrl+G or scan the slip again</source>
            <translation>Läs kundens önskemål först och tryck Ctrl+G eller skanna följesedeln igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="117" />
            <source>Instructions read: pack {0} as asked</source>
            <translation>Önskemål lästa: packa {0} som önskat</translation>
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
            <translation>Artikelnr</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/model.py" line="22" />
            <source>Bin</source>
            <translation>Plats</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/model.py" line="23" />
            <source>Ordered</source>
            <translation>Beställt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/model.py" line="24" />
            <source>Scanned</source>
            <translation>Skannat</translation>
        </message>
    </context>
    <context>
        <name>PendingSlipScans</name>
        <message>
            <location filename="../../src/packstation/ui/pack/pending_slip.py" line="40" />
            <source>The label was NOT printed: {0}</source>
            <translation>Etiketten skrevs INTE ut: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pending_slip.py" line="53" />
            <source>Printing the carrier label of {0} here</source>
            <translation>Skriver ut transportörens etikett för {0} här</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pending_slip.py" line="55" />
            <source>The carrier has not booked {0} yet: keep the box aside, its label prints when the booking is made</source>
            <translation>Transportören har inte bokat {0} än: ställ kartongen åt sidan, etiketten skrivs ut när bokningen är gjord</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pending_slip.py" line="60" />
            <source>The label of {0} has already printed at {1}. If it is lost, reprint it (F8)</source>
            <translation>Etiketten för {0} är redan utskriven vid {1}. Har den kommit bort, skriv ut igen (F8)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pending_slip.py" line="64" />
            <source>The label of {0} is printing at {1} now</source>
            <translation>Etiketten för {0} skrivs ut vid {1} nu</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pending_slip.py" line="65" />
            <source>{0} has no label to print: its shipment was voided or the carrier refused it. Ask a shift lead</source>
            <translation>{0} har ingen etikett att skriva ut: sändningen annullerades eller transportören avvisade den. Fråga en skiftledare</translation>
        </message>
    </context>
    <context>
        <name>PickupPointLine</name>
        <message>
            <location filename="../../src/packstation/ui/pack/pickup_point.py" line="73" />
            <source>Parcel shop: {0}</source>
            <translation>Paketombud: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pickup_point.py" line="88" />
            <source>Parcel shop chosen by the customer: {0}</source>
            <translation>Paketombud valt av kunden: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pickup_point.py" line="89" />
            <source>Parcel shop: the carrier chooses the one nearest to {0}</source>
            <translation>Paketombud: transportören väljer det närmaste {0}</translation>
        </message>
    </context>
    <context>
        <name>ScanRouter</name>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="54" />
            <source>Scan not handled: {0}</source>
            <translation>Skanningen hanterades inte: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="71" />
            <source>No order {0} in the queue</source>
            <translation>Ingen order {0} i kön</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="76" />
            <source>“{0}” is not an order number: scan the packing slip</source>
            <translation>”{0}” är inget ordernummer: skanna följesedeln</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="85" />
            <source>Order {0} is already open</source>
            <translation>Order {0} är redan öppen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="97" />
            <source>Open an order first: scan its packing slip</source>
            <translation>Öppna en order först: skanna dess följesedel</translation>
        </message>
    </context>
    <context>
        <name>TeachController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="42" />
            <source>Unknown barcode {0}: if it is on one of these items, a shift lead can teach it — choose the line (↑ ↓), then Ctrl+E</source>
            <translation>Okänd streckkod {0}: sitter den på en av dessa artiklar kan en skiftledare lära stationen den — välj raden (↑ ↓) och tryck Ctrl+E</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="71" />
            <source>Scan the new barcode first, then press Ctrl+E</source>
            <translation>Skanna den nya streckkoden först och tryck sedan Ctrl+E</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="77" />
            <source>Choose the line this barcode belongs to with ↑ ↓, then press Ctrl+E</source>
            <translation>Välj raden som streckkoden hör till med ↑ ↓ och tryck Ctrl+E</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="82" />
            <source>Teach barcode {0} as {1} ({2})?</source>
            <translation>Lär in streckkod {0} som {1} ({2})?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="102" />
            <source>that scan cannot be a barcode</source>
            <translation>den skanningen kan inte vara en streckkod</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="103" />
            <source>it is a command barcode</source>
            <translation>det är en kommandostreckkod</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="104" />
            <source>the line has no SKU</source>
            <translation>raden har inget artikelnummer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="105" />
            <source>it was taught for {0} already</source>
            <translation>den är redan inlärd för {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="106" />
            <source>it is the barcode of {0}</source>
            <translation>det är streckkoden för {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="107" />
            <source>it is an order number</source>
            <translation>det är ett ordernummer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="118" />
            <source>Barcode not taught: {0}</source>
            <translation>Streckkoden lärdes inte in: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="127" />
            <source>{0} is now a barcode of {1}: scan the item again</source>
            <translation>{0} är nu en streckkod för {1}: skanna artikeln igen</translation>
        </message>
    </context>
    <context>
        <name>PackView</name>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="128" />
            <source>Units for the next scan:</source>
            <translation>Enheter för nästa skanning:</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="140" />
            <source>Ship what is scanned; reason:</source>
            <translation>Skicka det som är skannat; orsak:</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="147" />
            <source>Out of stock</source>
            <translation>Slut i lager</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="147" />
            <source>Damaged item</source>
            <translation>Skadad artikel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="147" />
            <source>Customer request</source>
            <translation>Kundens önskemål</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="152" />
            <source>Choose or type a reason</source>
            <translation>Välj eller skriv en orsak</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="155" />
            <source>Ship partial</source>
            <translation>Skicka delleverans</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="168" />
            <source>Queue (Esc)</source>
            <translation>Kö (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="169" />
            <source>Undo (F4)</source>
            <translation>Ångra (F4)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="170" />
            <source>Quantity (F6)</source>
            <translation>Antal (F6)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="171" />
            <source>Reprint (F8)</source>
            <translation>Skriv ut igen (F8)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="172" />
            <source>Void…</source>
            <translation>Makulera…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="173" />
            <source>A shift lead voids the shipment just packed</source>
            <translation>En skiftledare makulerar sändningen som just packats</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="174" />
            <source>Short / partial (F9)</source>
            <translation>Saknas / delleverans (F9)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="175" />
            <source>Will not scan (F3)</source>
            <translation>Går inte att skanna (F3)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="176" />
            <source>Complete (F10)</source>
            <translation>Slutför (F10)</translation>
        </message>
    </context>
    <context>
        <name>WeightsView</name>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="37" />
            <source>Unit weights</source>
            <translation>Vikt per enhet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="45" />
            <source>SKU</source>
            <translation>Artikelnr</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="46" />
            <source>Item</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="47" />
            <source>Shop g</source>
            <translation>Webbutik g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="48" />
            <source>Learned g</source>
            <translation>Inlärd g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="49" />
            <source>Confirmed g</source>
            <translation>Bekräftad g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="58" />
            <source>Unit weight (g):</source>
            <translation>Vikt per enhet (g):</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="63" />
            <source>Confirm (lead)…</source>
            <translation>Bekräfta (skiftledare)…</translation>
        </message>
    </context>
    <context>
        <name>WeightsController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="122" />
            <source>Choose an SKU first</source>
            <translation>Välj först ett artikelnummer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="126" />
            <source>Confirm {0} g as the unit weight of {1}?</source>
            <translation>Bekräfta {0} g som vikt per enhet för {1}?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="143" />
            <source>{0}: {1} g confirmed</source>
            <translation>{0}: {1} g bekräftad</translation>
        </message>
    </context>
    <context>
        <name>ScanWords</name>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="58" />
            <source>Not taken: {0}</source>
            <translation>Inte godtagen: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="60" />
            <source>Now scan the serial number of {0}</source>
            <translation>Skanna nu serienumret för {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="64" />
            <source>Serial {0} saved for {1}</source>
            <translation>Serienummer {0} sparat för {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/words.py" line="71" />
            <source>{0} counted, but it expired on {1} (%n days ago): check the item</source>
            <translation>
                <numerusform>{0} räknad, men gick ut {1} (för %n dag sedan): kontrollera varan</numerusform>
                <numerusform>{0} räknad, men gick ut {1} (för %n dagar sedan): kontrollera varan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/words.py" line="77" />
            <source>All %n units verified: press F10 to complete</source>
            <translation>
                <numerusform>%n enhet kontrollerad: tryck F10 för att slutföra</numerusform>
                <numerusform>Alla %n enheter kontrollerade: tryck F10 för att slutföra</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="83" />
            <source>Too many: {0} needs only {1}</source>
            <translation>För många: {0} behöver bara {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="87" />
            <source>Wrong item: {0} is not in this order</source>
            <translation>Fel artikel: {0} finns inte i den här ordern</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="95" />
            <source>Unknown barcode {0}</source>
            <translation>Okänd streckkod {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="99" />
            <source>Misread (the check digit is wrong): scan again</source>
            <translation>Felläst (kontrollsiffran stämmer inte): skanna igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="104" />
            <source>French AZERTY</source>
            <translation>franskt AZERTY</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="105" />
            <source>Danish, Swedish or Norwegian</source>
            <translation>danskt, svenskt eller norskt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="109" />
            <source>This looks like “{0}” from a scanner set for a US keyboard, on this computer's {1} keyboard layout. Set the scanner's keyboard country to {1} (its manual's barcodes), or make it a serial scanner (Settings, F12)</source>
            <translation>Det ser ut som “{0}” från en skanner inställd för amerikanskt tangentbord, på den här datorns {1} tangentbordslayout. Ställ in skannerns tangentbordsland till {1} (streckkoderna i dess manual), eller gör den till en seriell skanner (Inställningar, F12)</translation>
        </message>
    </context>
    <context>
        <name>PrintQueueController</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="101" />
            <source>Printer: check %n jobs (F11)</source>
            <translation>
                <numerusform>Skrivare: kontrollera %n jobb (F11)</numerusform>
                <numerusform>Skrivare: kontrollera %n jobb (F11)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="105" />
            <source>Printer: %n waiting: {0}</source>
            <translation>
                <numerusform>Skrivare: %n väntar: {0}</numerusform>
                <numerusform>Skrivare: %n väntar: {0}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="140" />
            <source>Printers: {0}</source>
            <translation>Skrivare: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="152" />
            <source>Select a job in the print queue first</source>
            <translation>Välj ett jobb i utskriftskön först</translation>
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
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="28" />
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="29" />
            <source>Printer</source>
            <translation>Skrivare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="30" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="31" />
            <source>Tries</source>
            <translation>Försök</translation>
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
            <translation>följesedel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="52" />
            <source>(reprint)</source>
            <translation>(utskriven igen)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="54" />
            <source>waiting</source>
            <translation>väntar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="54" />
            <source>queued</source>
            <translation>i kö</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="55" />
            <source>sending</source>
            <translation>skickas</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="56" />
            <source>printed</source>
            <translation>utskriven</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="57" />
            <source>check the printer</source>
            <translation>kontrollera skrivaren</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="58" />
            <source>not printed</source>
            <translation>inte utskriven</translation>
        </message>
    </context>
    <context>
        <name>PrintQueueView</name>
        <message>
            <location filename="../../src/packstation/ui/print_queue/view.py" line="23" />
            <source>Print queue (F11)</source>
            <translation>Utskriftskö (F11)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/view.py" line="35" />
            <source>Retry waiting jobs (F7)</source>
            <translation>Försök igen med väntande jobb (F7)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/view.py" line="36" />
            <source>It printed</source>
            <translation>Den skrevs ut</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/view.py" line="37" />
            <source>It did not print: reprint</source>
            <translation>Den skrevs inte ut: skriv ut igen</translation>
        </message>
    </context>
    <context>
        <name>QueueController</name>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="176" />
            <source>Queue not reloaded: {0}</source>
            <translation>Kön inte omladdad: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="194" />
            <source>Loading the queue…</source>
            <translation>Laddar kön…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/controller.py" line="198" />
            <source>Filter on: %n of {0} orders shown (Esc clears it)</source>
            <translation>
                <numerusform>Filter på: %n av {0} ordrar visas (Esc tar bort det)</numerusform>
                <numerusform>Filter på: %n av {0} ordrar visas (Esc tar bort det)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/controller.py" line="205" />
            <source>%n orders waiting</source>
            <translation>
                <numerusform>%n order väntar</numerusform>
                <numerusform>%n ordrar väntar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="222" />
            <source>Select the held order first</source>
            <translation>Välj den spärrade ordern först</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="226" />
            <source>{0} is not on hold</source>
            <translation>{0} är inte spärrad</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="248" />
            <source>Hold on {0} released in the shop: it can be packed after the sync</source>
            <translation>Spärren på {0} hävd i butiken: den kan packas efter synken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="255" />
            <source>The shop still holds {0}: the station can release only holds it placed itself. Release this one in the shop's admin</source>
            <translation>Butiken spärrar fortfarande {0}: stationen kan bara häva spärrar den själv har lagt. Häv den här i butikens administration</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="262" />
            <source>Release the hold on {0}?</source>
            <translation>Häva spärren för {0}?</translation>
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
            <translation>Packad vid</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="39" />
            <source>Since</source>
            <translation>Sedan</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="40" />
            <source>Label</source>
            <translation>Etikett</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="56" />
            <source>Booked: scan its LABEL PENDING slip to print it here</source>
            <translation>Bokad: skanna kartongens LABEL PENDING-lapp för att skriva ut den här</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="58" />
            <source>Waiting for the carrier: {0}</source>
            <translation>Väntar på transportören: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="59" />
            <source>Waiting for the carrier</source>
            <translation>Väntar på transportören</translation>
        </message>
    </context>
    <context>
        <name>LabelsToPrintPanel</name>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="73" />
            <source>Scan a box's LABEL PENDING slip at any bench to print its label there</source>
            <translation>Skanna en kartongs LABEL PENDING-lapp vid valfritt packbord för att skriva ut dess etikett där</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="105" />
            <source>Labels to print (%n)</source>
            <translation>
                <numerusform>Etiketter att skriva ut (%n)</numerusform>
                <numerusform>Etiketter att skriva ut (%n)</numerusform>
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
                <numerusform>%n tim</numerusform>
                <numerusform>%n tim</numerusform>
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
            <translation>Reservation utgången: {0} tyst sedan {1} ({2})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="226" />
            <source>Being packed at {0} by {1}</source>
            <translation>Packas vid {0} av {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="230" />
            <source>Exception: shop refused</source>
            <translation>Avvikelse: butiken avvisade</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="232" />
            <source>On hold</source>
            <translation>Spärrad</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="234" />
            <source>Being packed</source>
            <translation>Packas</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="236" />
            <source>Part shipped</source>
            <translation>Delvis skickad</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="237" />
            <source>Open</source>
            <translation>Öppen</translation>
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
            <translation>Kund</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="57" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="58" />
            <source>Lines</source>
            <translation>Rader</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="59" />
            <source>Units</source>
            <translation>Artiklar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="60" />
            <source>Shipping</source>
            <translation>Frakt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="61" />
            <source>Age</source>
            <translation>Ålder</translation>
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
            <translation>Välj ordern som ska tas över (Ctrl+K visar alla packbord och deras ordrar)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/take_over.py" line="48" />
            <source>{0} is not being packed at another bench: scan its slip</source>
            <translation>{0} packas inte vid ett annat packbord: skanna dess följesedel</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="32" />
            <source>Scan a packing slip to open its order</source>
            <translation>Skanna en följesedel för att öppna ordern</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="36" />
            <source>Filter by order number, customer or SKU</source>
            <translation>Filtrera på ordernummer, kund eller SKU</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="53" />
            <source>Batches (Ctrl+B)</source>
            <translation>Batcher (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="54" />
            <source>Release hold…</source>
            <translation>Häv spärren…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="55" />
            <source>A shift lead releases the selected held order</source>
            <translation>En skiftledare häver spärren för vald order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="56" />
            <source>Take over… (Ctrl+T)</source>
            <translation>Ta över… (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="58" />
            <source>A shift lead moves the selected order from another bench to this one</source>
            <translation>En skiftledare flyttar den valda ordern från ett annat packbord till detta</translation>
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
            <translation>Inte sparad: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/settings/boxes_controller.py" line="82" />
            <source>Save the list of %n boxes?</source>
            <translation>
                <numerusform>Spara listan med %n kartong?</numerusform>
                <numerusform>Spara listan med %n kartonger?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoxesView</name>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="26" />
            <source>Boxes</source>
            <translation>Kartonger</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="32" />
            <source>The boxes this bench packs into. Inner sizes in mm, weights in grams. Scanning a box's barcode on the pack screen chooses it.</source>
            <translation>Kartongerna som packbordet packar i. Innermått i mm, vikt i gram. Skanna en kartongs streckkod på packskärmen för att välja den.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="44" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="45" />
            <source>Barcode</source>
            <translation>Streckkod</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="46" />
            <source>Length mm</source>
            <translation>Längd mm</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="47" />
            <source>Width mm</source>
            <translation>Bredd mm</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="48" />
            <source>Height mm</source>
            <translation>Höjd mm</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="49" />
            <source>Tare g</source>
            <translation>Tara g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="50" />
            <source>Max g</source>
            <translation>Max g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="57" />
            <source>Add box</source>
            <translation>Lägg till kartong</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="58" />
            <source>Remove box</source>
            <translation>Ta bort kartong</translation>
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
            <translation>Regelfilen kan inte läsas: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_controller.py" line="172" />
            <source>Testing the connection…</source>
            <translation>Testar anslutningen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_controller.py" line="212" />
            <source>Change the carrier settings?</source>
            <translation>Ändra inställningarna för transportören?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_controller.py" line="217" />
            <source>Saving…</source>
            <translation>Sparar…</translation>
        </message>
    </context>
    <context>
        <name>CarrierView</name>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="34" />
            <source>Carrier</source>
            <translation>Transportör</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="37" />
            <source>Carrier account</source>
            <translation>Konto hos transportören</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="44" />
            <source>None: the station's own numbers</source>
            <translation>Ingen: stationens egna nummer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="45" />
            <source>Shipmondo</source>
            <translation>Shipmondo</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="46" />
            <source>Own delivery (the shop's own van)</source>
            <translation>Egen leverans (butikens egen bil)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="51" />
            <source>Books labels with</source>
            <translation>Bokar etiketter hos</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="54" />
            <source>empty: the platform's production address</source>
            <translation>tomt: plattformens produktionsadress</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="55" />
            <source>Address (URL)</source>
            <translation>Adress (URL)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="61" />
            <source>empty: keep the key saved in the keyring</source>
            <translation>tomt: behåll nyckeln i nyckelringen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="62" />
            <source>API user</source>
            <translation>API-användare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="63" />
            <source>API key</source>
            <translation>API-nyckel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="64" />
            <source>Book on the shop's own carrier agreement</source>
            <translation>Boka på butikens eget transportavtal</translation>
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
            <translation>Testa anslutningen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="84" />
            <source>Shipping rules (the first rule that matches wins)</source>
            <translation>Fraktregler (den första regel som passar gäller)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="90" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="91" />
            <source>Delivery type</source>
            <translation>Leveranstyp</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="92" />
            <source>Service code</source>
            <translation>Servicekod</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="93" />
            <source>Shipping method name</source>
            <translation>Leveranssättets namn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="94" />
            <source>Countries</source>
            <translation>Länder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="95" />
            <source>From g</source>
            <translation>Från g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="96" />
            <source>To g</source>
            <translation>Till g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="97" />
            <source>Product code</source>
            <translation>Produktkod</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="98" />
            <source>Services</source>
            <translation>Tjänster</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="106" />
            <source>Add rule</source>
            <translation>Lägg till regel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="107" />
            <source>Remove rule</source>
            <translation>Ta bort regel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="108" />
            <source>Move up</source>
            <translation>Flytta upp</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="109" />
            <source>Move down</source>
            <translation>Flytta ned</translation>
        </message>
    </context>
    <context>
        <name>SettingsController</name>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="53" />
            <source>Serial ports: {0}</source>
            <translation>Serieportar: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="55" />
            <source>No serial ports found (keyboard-wedge scanners need none)</source>
            <translation>Inga serieportar hittades (skannrar som fungerar som tangentbord behöver ingen)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="68" />
            <source>In use: {0}</source>
            <translation>Används: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/settings/controller.py" line="82" />
            <source>%n keys, gaps {0}–{1} ms</source>
            <translation>
                <numerusform>%n tangent, mellanrum {0}–{1} ms</numerusform>
                <numerusform>%n tangenter, mellanrum {0}–{1} ms</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="92" />
            <source>broken GS1 data: {0}</source>
            <translation>felaktiga GS1-data: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="96" />
            <source>French AZERTY</source>
            <translation>franskt AZERTY</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="98" />
            <source>Danish, Swedish or Norwegian</source>
            <translation>danskt, svenskt eller norskt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="101" />
            <source>⚠ this looks like {0} typed for a {1} keyboard: set the scanner's keyboard country to match this computer</source>
            <translation>⚠ det ser ut som {0} inskrivet för ett {1} tangentbord: ställ in skannerns tangentbordsland så att det passar den här datorn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="113" />
            <source>The slip printer takes labels only: use “packstation commands --out FILE”</source>
            <translation>Följesedelsskrivaren tar bara etiketter: använd ”packstation commands --out FILE”</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="127" />
            <source>Command barcodes printed</source>
            <translation>Kommandostreckkoder utskrivna</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="131" />
            <source>Printing the command barcodes…</source>
            <translation>Skriver ut kommandostreckkoderna…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="155" />
            <source>Printing a test on {0}…</source>
            <translation>Skriver ut en testsida på {0}…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="161" />
            <source>Test printed on {0}</source>
            <translation>Testsida utskriven på {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="173" />
            <source>Change the printer settings?</source>
            <translation>Ändra skrivarinställningarna?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="207" />
            <source>Saved to {0}</source>
            <translation>Sparad i {0}</translation>
        </message>
    </context>
    <context>
        <name>ShopController</name>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="101" />
            <source>Enter the shop address, starting with https://</source>
            <translation>Ange butikens adress, som börjar med https://</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="105" />
            <source>Enter the access token, or the client id and secret</source>
            <translation>Ange åtkomsttoken, eller klient-id och hemlighet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="109" />
            <source>Testing the connection…</source>
            <translation>Testar anslutningen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="126" />
            <source>The connection failed: {0}</source>
            <translation>Anslutningen misslyckades: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="133" />
            <source>Connected to {0} ({1}).</source>
            <translation>Ansluten till {0} ({1}).</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="136" />
            <source>The app lacks these permissions (access scopes):</source>
            <translation>Appen saknar dessa behörigheter (access scopes):</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="146" />
            <source>{0} (inactive)</source>
            <translation>{0} (inaktiv)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="159" />
            <source>Test the connection before saving</source>
            <translation>Testa anslutningen innan du sparar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="162" />
            <source>Choose at least one location to pack for</source>
            <translation>Välj minst en plats att packa för</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="167" />
            <source>Change the shop connection?</source>
            <translation>Ändra butiksanslutningen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="175" />
            <source>Saving…</source>
            <translation>Sparar…</translation>
        </message>
    </context>
    <context>
        <name>ShopView</name>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="26" />
            <source>Shop connection</source>
            <translation>Butiksanslutning</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="30" />
            <source>Connect this station to your Shopify store. Credentials are kept in this computer's keyring, never in files.</source>
            <translation>Anslut den här stationen till din Shopify-butik. Inloggningsuppgifterna sparas i datorns nyckelring, aldrig i filer.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="44" />
            <source>Shop address</source>
            <translation>Butikens adress</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="45" />
            <source>API version</source>
            <translation>API-version</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="47" />
            <source>Admin access token</source>
            <translation>Admin-åtkomsttoken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="48" />
            <source>Client id and secret</source>
            <translation>Klient-id och hemlighet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="55" />
            <source>Sign in with</source>
            <translation>Logga in med</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="64" />
            <source>Access token</source>
            <translation>Åtkomsttoken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="65" />
            <source>Client id</source>
            <translation>Klient-id</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="66" />
            <source>Client secret</source>
            <translation>Klienthemlighet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="68" />
            <source>Test connection</source>
            <translation>Testa anslutningen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="75" />
            <source>Pack orders for these locations:</source>
            <translation>Packa ordrar för dessa platser:</translation>
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
            <translation>Inställningar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="57" />
            <source>Printers</source>
            <translation>Skrivare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="61" />
            <source>Shipping labels</source>
            <translation>Fraktetiketter</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="62" />
            <source>Packing slips</source>
            <translation>Följesedlar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="64" />
            <source>Scanner test: scan anything, nothing is packed</source>
            <translation>Skannertest: skanna vad som helst, inget packas</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="76" />
            <source>Print the command barcodes (scan to complete, undo, short…)</source>
            <translation>Skriv ut kommandostreckkoderna (skanna för att slutföra, ångra, saknas…)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="80" />
            <source>Shop connection…</source>
            <translation>Butiksanslutning…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="82" />
            <source>People…</source>
            <translation>Personer…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="84" />
            <source>Boxes…</source>
            <translation>Kartonger…</translation>
        </message>
    </context>
    <context>
        <name>SettingsWindows</name>
        <message>
            <location filename="../../src/packstation/ui/settings/windows.py" line="54" />
            <source>Carrier…</source>
            <translation>Transportör…</translation>
        </message>
    </context>
    <context>
        <name>AuthoriseDialog</name>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="48" />
            <source>Shift lead needed</source>
            <translation>Skiftledare behövs</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="74" />
            <source>Signed in as shift lead: {0}</source>
            <translation>Inloggad som skiftledare: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="77" />
            <source>Lead</source>
            <translation>Skiftledare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="78" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="79" />
            <source>Reason</source>
            <translation>Orsak</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="81" />
            <source>Or scan the lead's badge.</source>
            <translation>Eller skanna skiftledarens passerkort.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="140" />
            <source>Checking…</source>
            <translation>Kontrollerar…</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <location filename="../../src/packstation/ui/shared/crash.py" line="27" />
            <source>Packstation hit a bug</source>
            <translation>Packstation stötte på ett fel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/crash.py" line="29" />
            <source>Something went wrong inside Packstation. Your scans are saved. Please send the log file to your administrator:
{path}</source>
            <translation>Något gick fel i Packstation. Dina skanningar är sparade. Skicka loggfilen till din administratör:
{path}</translation>
        </message>
    </context>
    <context>
        <name>LeadAsker</name>
        <message>
            <location filename="../../src/packstation/ui/shared/lead_gate.py" line="50" />
            <source>This needs a shift lead, and none is set up: add one with “packstation users add --role lead”</source>
            <translation>Det här kräver en skiftledare, och ingen finns upplagd: lägg till en med ”packstation users add --role lead”</translation>
        </message>
    </context>
    <context>
        <name>StationState</name>
        <message>
            <location filename="../../src/packstation/ui/shared/state.py" line="155" />
            <source>Audit entry NOT saved: {0}</source>
            <translation>Loggposten INTE sparad: {0}</translation>
        </message>
    </context>
    <context>
        <name>TakeOver</name>
        <message>
            <location filename="../../src/packstation/ui/shared/take_over.py" line="27" />
            <source>Take {0} over to this bench? It is {1}; count its items again here</source>
            <translation>Ta över {0} till detta packbord? Den är {1}; räkna artiklarna igen här</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/take_over.py" line="31" />
            <source>Take {0} over to this bench? Count its items again here</source>
            <translation>Ta över {0} till detta packbord? Räkna artiklarna igen här</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/take_over.py" line="58" />
            <source>{0} took {1} over to this bench: count all its items again</source>
            <translation>{0} tog över {1} till detta packbord: räkna alla artiklar igen</translation>
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
            <translation>Spara</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="32" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="33" />
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
    </context>
    <context>
        <name>AboutBox</name>
        <message>
            <location filename="../../src/packstation/ui/shell/about.py" line="13" />
            <source>installed application</source>
            <translation>installerat program</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/about.py" line="14" />
            <source>Python package</source>
            <translation>Python-paket</translation>
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
            <translation>{0}. Stationen fortsätter att försöka; vänta innan du packar vidare</translation>
        </message>
    </context>
    <context>
        <name>StationShell</name>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="229" />
            <source>{0} signed out</source>
            <translation>{0} har loggat ut</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="233" />
            <source>Locked: nobody used the station for a while</source>
            <translation>Låst: ingen har använt stationen på en stund</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="257" />
            <source>Welcome, {0}. Scan a packing slip</source>
            <translation>Välkommen, {0}. Skanna en följesedel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="262" />
            <source>Station {0} · locked</source>
            <translation>Station {0} · låst</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="264" />
            <source>Station {0} · {1}</source>
            <translation>Station {0} · {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="272" />
            <source>Same scan twice from {0} in a moment: counted once</source>
            <translation>Samma skanning två gånger från {0} på en gång: räknas en gång</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="277" />
            <source>Unreadable scan from {0} ({1}): scan again</source>
            <translation>Oläslig skanning från {0} ({1}): skanna igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="287" />
            <source>disconnected</source>
            <translation>frånkopplad</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="290" />
            <source>Scanners: {0}</source>
            <translation>Skannrar: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="330" />
            <source>Database reachable again: scans are saved</source>
            <translation>Databasen svarar igen: skanningar sparas</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="340" />
            <source>✗ Database unreachable: scans are not saved</source>
            <translation>✗ Databasen kan inte nås: skanningar sparas inte</translation>
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
            <translation>○ Offline: packningen fortsätter, synkar senare</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/shell/station.py" line="378" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n väntar på synkning</numerusform>
                <numerusform>%n väntar på synkning</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="381" />
            <source>Last sync {0}</source>
            <translation>Senaste synk {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/shell/station.py" line="388" />
            <source>Loading the queue: %n orders…</source>
            <translation>
                <numerusform>Laddar kön: %n order…</numerusform>
                <numerusform>Laddar kön: %n ordrar…</numerusform>
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
            <translation>Station {0} är låst</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/sign_in/controller.py" line="77" />
            <source>Checking…</source>
            <translation>Kontrollerar…</translation>
        </message>
    </context>
    <context>
        <name>SignInView</name>
        <message>
            <location filename="../../src/packstation/ui/sign_in/view.py" line="29" />
            <source>Scan your badge, or choose your name</source>
            <translation>Skanna ditt passerkort, eller välj ditt namn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/sign_in/view.py" line="45" />
            <source>Sign in</source>
            <translation>Logga in</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/sign_in/view.py" line="84" />
            <source>PIN for {0}</source>
            <translation>PIN för {0}</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
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
            <translation>(intet navn)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="26" />
            <source>carrier</source>
            <translation>fragtfirma</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="27" />
            <source>account {name} answers; carriers: {carriers}</source>
            <translation>kontoen {name} svarer; fragtfirmaer: {carriers}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="36" />
            <source>carrier products</source>
            <translation>fragtprodukter</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="37" />
            <source>the account has no products to book</source>
            <translation>kontoen har ingen produkter at booke</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="53" />
            <source>none configured: no carrier labels are booked</source>
            <translation>intet sat op: der bookes ingen labels hos et fragtfirma</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="57" />
            <source>the ship-from address lacks {fields}</source>
            <translation>afsenderadressen mangler {fields}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="60" />
            <source>sender</source>
            <translation>afsender</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/doctor.py" line="69" />
            <source>its production URL</source>
            <translation>dens produktions-URL</translation>
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
            <translation>{url} (skema {revision})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="286" />
            <source>shop</source>
            <translation>webshop</translation>
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
            <translation>labelprinter</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="299" />
            <source>slip printer</source>
            <translation>pakkeseddelprinter</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="308" />
            <source>scanner</source>
            <translation>scanner</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="310" />
            <source>keyboard wedge: a scan is ≥{keys} keys ≤{gap} ms apart ending in Enter</source>
            <translation>tastaturscanner: en scanning er ≥{keys} tegn med ≤{gap} ms imellem, afsluttet med Enter</translation>
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
                <numerusform>%n forsendelse venter på at blive sendt til webshoppen</numerusform>
                <numerusform>%n forsendelser venter på at blive sendt til webshoppen</numerusform>
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
            <translation>; udløbet (en vagtleder kan overtage dem):</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="352" />
            <source>claims</source>
            <translation>reservationer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="364" />
            <source>{where} cannot be reached{reason}. Nothing can be packed or saved until it answers; check that the database server runs and that this machine can reach it.</source>
            <translation>{where} kan ikke nås{reason}. Intet kan pakkes eller gemmes, før den svarer; tjek, at databaseserveren kører, og at denne maskine kan nå den.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="390" />
            <source>{shop} ({domain}) answers at {endpoint}</source>
            <translation>{shop} ({domain}) svarer på {endpoint}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="393" />
            <source>all scopes granted</source>
            <translation>alle rettigheder er givet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="395" />
            <source>access</source>
            <translation>adgang</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="399" />
            <source>locations</source>
            <translation>lokationer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="402" />
            <source>none chosen; set shopify_locations to one of: {names}</source>
            <translation>ingen valgt; sæt shopify_locations til en af: {names}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="405" />
            <source>unknown location {number}</source>
            <translation>ukendt lokation {number}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/devices/scale/doctor.py" line="20" />
            <source>scale</source>
            <translation>vægt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/devices/scale/doctor.py" line="21" />
            <source>none configured: labels use the expected weight</source>
            <translation>ingen sat op: labels bruger den forventede vægt</translation>
        </message>
    </context>
    <context>
        <name>ShippingLabel</name>
        <message>
            <location filename="../../src/packstation/carriers/own.py" line="161" />
            <source>{weight} (estimated)</source>
            <translation>{weight} (anslået)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="217" />
            <source>Order {order}   {weight}   Package {package}/{count}</source>
            <translation>Ordre {order}   {weight}   Kolli {package}/{count}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="219" />
            <source>FROM</source>
            <translation>AFSENDER</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="220" />
            <source>SHIP TO</source>
            <translation>MODTAGER</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="221" />
            <source>REPRINT</source>
            <translation>GENUDSKRIFT</translation>
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
            <translation>Forsendelseslabel {order}</translation>
        </message>
    </context>
    <context>
        <name>Carrier</name>
        <message>
            <location filename="../../src/packstation/carriers/registry.py" line="74" />
            <source>No carrier API user and key yet: enter them in Settings → Carrier (or set {user} and {key} for a headless station)</source>
            <translation>Ingen API-bruger og -nøgle til fragtfirmaet endnu: indtast dem under Indstillinger → Fragtfirma (eller sæt {user} og {key} på en station uden skærm)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/shipmondo/http.py" line="33" />
            <source>The carrier account refused the key: check the API user and key in Settings → Carrier</source>
            <translation>Fragtfirmaets konto afviste nøglen: tjek API-bruger og -nøgle under Indstillinger → Fragtfirma</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/shipmondo/http.py" line="63" />
            <source>no reason given</source>
            <translation>ingen begrundelse givet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/carriers/shipmondo/http.py" line="65" />
            <source>The carrier refused the booking: {reason}</source>
            <translation>Fragtfirmaet afviste bookingen: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/sync/bookings.py" line="220" />
            <source>The carrier keeps refusing it</source>
            <translation>Fragtfirmaet bliver ved med at afvise den</translation>
        </message>
    </context>
    <context>
        <name>PickList</name>
        <message>
            <location filename="../../src/packstation/cli.py" line="231" />
            <source>Pick list · {station}</source>
            <translation>Plukliste · {station}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="44" />
            <source>Bin</source>
            <translation>Placering</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="45" />
            <source>SKU</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="46" />
            <source>Qty</source>
            <translation>Antal</translation>
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
            <translation>ikke gyldig tekst (forkert baudrate eller scannerindstilling?)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/barcodes.py" line="28" />
            <source>empty</source>
            <translation>tom</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/barcodes.py" line="32" />
            <source>control characters</source>
            <translation>styretegn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/barcodes.py" line="34" />
            <source>characters that are not text</source>
            <translation>tegn, der ikke er tekst</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="158" />
            <source>unknown application identifier at position {position}: {code}</source>
            <translation>ukendt AI (application identifier) på position {position}: {code}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="169" />
            <source>AI ({ai}) has no data</source>
            <translation>AI ({ai}) har ingen data</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="172" />
            <source>AI ({ai}) must be digits: {value}</source>
            <translation>AI ({ai}) skal være cifre: {value}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="176" />
            <source>AI ({ai}) needs {length} digits, got {got}</source>
            <translation>AI ({ai}) skal have {length} cifre, fik {got}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="186" />
            <source>AI ({ai}) is longer than {length}</source>
            <translation>AI ({ai}) er længere end {length}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="190" />
            <source>AI ({ai}) has characters or a length GS1 does not allow: {value}</source>
            <translation>AI ({ai}) har tegn eller en længde, som GS1 ikke tillader: {value}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="201" />
            <source>AI ({ai}) {part} has a wrong check digit</source>
            <translation>AI ({ai}) {part} har et forkert kontrolciffer</translation>
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
            <translation>ikke en læsbar GS1-tekst</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/gs1.py" line="254" />
            <source>unknown application identifier ({ai})</source>
            <translation>ukendt AI (application identifier) ({ai})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/packing.py" line="175" />
            <source>serial-numbered items are scanned one at a time</source>
            <translation>varer med serienummer scannes én ad gangen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/packing.py" line="194" />
            <source>empty serial number</source>
            <translation>tomt serienummer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/packing.py" line="196" />
            <source>a serial number is at most {most} characters long; this one has {length}</source>
            <translation>et serienummer er højst {most} tegn langt; dette har {length}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/packing.py" line="203" />
            <source>that is a product barcode: scan the serial number of {item}</source>
            <translation>det er en vares stregkode: scan serienummeret på {item}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/packing.py" line="209" />
            <source>serial number {serial} was already scanned in this order</source>
            <translation>serienummer {serial} er allerede scannet i denne ordre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/packing.py" line="215" />
            <source>serial number {serial} already left in order {order}</source>
            <translation>serienummer {serial} er allerede sendt med ordre {order}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/packing.py" line="229" />
            <source>unreadable</source>
            <translation>ulæselig</translation>
        </message>
    </context>
    <context>
        <name>Boxes</name>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="57" />
            <source>boxes must be [[box]] tables</source>
            <translation>kasserne skal være [[box]]-tabeller</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="66" />
            <source>box {number} is not a table</source>
            <translation>kasse {number} er ikke en tabel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="69" />
            <source>box {number}</source>
            <translation>kasse {number}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="71" />
            <source>box {name}</source>
            <translation>kasse {name}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="74" />
            <source>{box} has no name</source>
            <translation>{box} har intet navn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="78" />
            <source>{box}: unknown field(s) {fields}</source>
            <translation>{box}: ukendte felter {fields}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="87" />
            <source>{box}: barcode must be text (quote it)</source>
            <translation>{box}: barcode skal være tekst (sæt anførselstegn om)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="92" />
            <source>{box} has no {field}</source>
            <translation>{box} mangler {field}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="95" />
            <source>{box}: {field} must be a whole number, not {value}</source>
            <translation>{box}: {field} skal være et helt tal, ikke {value}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="104" />
            <source>{box}: tare_g must be 0 or more</source>
            <translation>{box}: tare_g skal være 0 eller mere</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="107" />
            <source>{box}: {field} must be more than 0</source>
            <translation>{box}: {field} skal være mere end 0</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="111" />
            <source>{box}: max_weight_g must be more than its tare_g</source>
            <translation>{box}: max_weight_g skal være mere end dens tare_g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/boxes.py" line="121" />
            <source>two boxes have the {field} {value}</source>
            <translation>to kasser har samme {field} {value}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/weight_check.py" line="193" />
            <source>a unit weight must be more than 0 g</source>
            <translation>vægt pr. stk. skal være mere end 0 g</translation>
        </message>
    </context>
    <context>
        <name>Booking</name>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="124" />
            <source>No shipping rule matches this order: delivery {delivery} ({kind}) to {country}, {kg} kg. Add a rule in Settings → Shipping rules, or a lead can choose the carrier product for this order.</source>
            <translation>Ingen fragtregel passer til denne ordre: levering {delivery} ({kind}) til {country}, {kg} kg. Tilføj en regel under Indstillinger → Fragtregler, eller en vagtleder kan vælge fragtproduktet til ordren.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/booking.py" line="167" />
            <source>No label for {order}: {reason}</source>
            <translation>Ingen label til {order}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="153" />
            <source>Shipping rule {rule}: {key} must be text or a list of texts</source>
            <translation>Fragtregel {rule}: {key} skal være tekst eller en liste af tekster</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="168" />
            <source>Shipping rule {rule}: {key} must be a whole number of grams</source>
            <translation>Fragtregel {rule}: {key} skal være et helt antal gram</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="200" />
            <source>Shipping rule {rule}: unknown key(s) {keys}</source>
            <translation>Fragtregel {rule}: ukendte nøgler {keys}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="210" />
            <source>Shipping rule {rule}: product_code is missing</source>
            <translation>Fragtregel {rule}: product_code mangler</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="217" />
            <source>Shipping rule {rule}: method_type {kind} does not take a carrier product (only SHIPPING and PICKUP_POINT do)</source>
            <translation>Fragtregel {rule}: method_type {kind} bruger ikke et fragtprodukt (kun SHIPPING og PICKUP_POINT gør)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="230" />
            <source>Shipping rule {rule}: {codes} is not a two-letter country code</source>
            <translation>Fragtregel {rule}: {codes} er ikke en landekode på to bogstaver</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="241" />
            <source>Shipping rule {rule}: max_weight_g is below min_weight_g</source>
            <translation>Fragtregel {rule}: max_weight_g er mindre end min_weight_g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="250" />
            <source>Shipping rule {rule}: list services one by one</source>
            <translation>Fragtregel {rule}: skriv tillægsydelserne én ad gangen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/domain/shipping_rules.py" line="275" />
            <source>shipping_rule must be a list of tables ([[shipping_rule]])</source>
            <translation>shipping_rule skal være en liste af tabeller ([[shipping_rule]])</translation>
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
            <translation>Spoolmappe</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="26" />
            <source>No printer configured</source>
            <translation>Ingen printer sat op</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="27" />
            <source>CUPS is not available</source>
            <translation>CUPS er ikke tilgængelig</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="28" />
            <source>keyboard</source>
            <translation>tastatur</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="29" />
            <source>keyboard wedge ready</source>
            <translation>tastaturscanner klar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="30" />
            <source>starting</source>
            <translation>starter</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="31" />
            <source>connected</source>
            <translation>forbundet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="32" />
            <source>disconnected</source>
            <translation>afbrudt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="33" />
            <source>Packstation stopped while this job was being sent</source>
            <translation>Packstation stoppede, mens jobbet blev sendt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="40" />
            <source>{0} is out of labels: load a roll and press Retry</source>
            <translation>{0} er løbet tør for labels: sæt en ny rulle i og tryk Prøv igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="41" />
            <source>{0}'s print head is open: close it and press Retry</source>
            <translation>Printhovedet på {0} er åbent: luk det og tryk Prøv igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="42" />
            <source>{0} is out of ribbon: load one and press Retry</source>
            <translation>{0} er løbet tør for farvebånd: sæt et nyt i og tryk Prøv igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="43" />
            <source>{0}'s print head temperature is out of range: wait a moment and press Retry</source>
            <translation>Printhovedet på {0} har forkert temperatur: vent lidt og tryk Prøv igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="47" />
            <source>{0} is paused: press its pause button, then Retry</source>
            <translation>{0} er sat på pause: tryk på dens pauseknap og derefter Prøv igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="48" />
            <source>{0} is busy (buffer full): wait and Retry</source>
            <translation>{0} har travlt (bufferen er fuld): vent og Prøv igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="49" />
            <source>{0} is ready</source>
            <translation>{0} er klar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="50" />
            <source>{0} gave an unreadable status reply</source>
            <translation>{0} gav et ulæseligt statussvar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="51" />
            <source>{0} does not answer: check for an open head or an empty roll</source>
            <translation>{0} svarer ikke: tjek for et åbent printhoved eller en tom rulle</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="52" />
            <source>The connection to {0} broke during the job: the label may or may not have printed. Check the printer before reprinting.</source>
            <translation>Forbindelsen til {0} blev afbrudt under jobbet: labelen er måske udskrevet, måske ikke. Tjek printeren, før du udskriver igen.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="57" />
            <source>{0} did not confirm that it took the job: the label may or may not have printed. Check the printer before reprinting.</source>
            <translation>{0} bekræftede ikke, at den modtog jobbet: labelen er måske udskrevet, måske ikke. Tjek printeren, før du udskriver igen.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="62" />
            <source>{0} took the job, then reported: {1}. Check whether the label printed before reprinting.</source>
            <translation>{0} modtog jobbet og meldte derefter: {1}. Tjek, om labelen blev udskrevet, før du udskriver igen.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="66" />
            <source>{0} took the job, but its label counter did not move: the label may not have printed. Check the printer before reprinting.</source>
            <translation>{0} modtog jobbet, men dens labeltæller stod stille: labelen er måske ikke udskrevet. Tjek printeren, før du udskriver igen.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="71" />
            <source>The disk holding {0} is full: free some space and press Reprint</source>
            <translation>Disken med {0} er fuld: frigør plads og tryk Udskriv igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="72" />
            <source>{0} cannot be opened: is it plugged in?</source>
            <translation>{0} kan ikke åbnes: er den tilsluttet?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="73" />
            <source>Ready (spool folder {0})</source>
            <translation>Klar (spoolmappe {0})</translation>
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
            <translation>Ingen tilladelse til at skrive til {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="77" />
            <source>{0} is not connected</source>
            <translation>{0} er ikke tilsluttet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="78" />
            <source>CUPS queue {0} not found</source>
            <translation>CUPS-køen {0} findes ikke</translation>
        </message>
        <message>
            <location filename="../../src/packstation/i18n/device_words.py" line="79" />
            <source>Cannot create the print folder {0}: {1}</source>
            <translation>Kan ikke oprette printmappen {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="23" />
            <source>packer</source>
            <translation>pakker</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="24" />
            <source>shift lead</source>
            <translation>vagtleder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="25" />
            <source>admin</source>
            <translation>administrator</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="37" />
            <source>en</source>
            <translation>da</translation>
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
            <translation>Kasse {number}/{count} ({box}): {contents}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="42" />
            <source>Packing slip {order}</source>
            <translation>Pakkeseddel {order}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="77" />
            <source>REPRINT</source>
            <translation>GENUDSKRIFT</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="131" />
            <source>Ship to</source>
            <translation>Leveres til</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="143" />
            <source>Shipping: {method}</source>
            <translation>Forsendelse: {method}</translation>
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
            <translation>Antal</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="160" />
            <source>SKU</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="161" />
            <source>Bin</source>
            <translation>Placering</translation>
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
            <translation>Delforsendelse: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="207" />
            <source>Note from the customer</source>
            <translation>Besked fra kunden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="212" />
            <source>Returns</source>
            <translation>Returnering</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip_zpl.py" line="33" />
            <source>{shop} · Packing slip</source>
            <translation>{shop} · Pakkeseddel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip_zpl.py" line="55" />
            <source>Note: {note}</source>
            <translation>Besked: {note}</translation>
        </message>
    </context>
    <context>
        <name>CommandSheet</name>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="23" />
            <source>Complete the order (F10)</source>
            <translation>Afslut ordren (F10)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="24" />
            <source>Undo the last scan (F4)</source>
            <translation>Fortryd sidste scanning (F4)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="25" />
            <source>Ship short / partial (F9)</source>
            <translation>Send med mangler / delvist (F9)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="26" />
            <source>Reprint label and slip (F8)</source>
            <translation>Udskriv label og pakkeseddel igen (F8)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="27" />
            <source>Back to the queue / close a panel (Esc)</source>
            <translation>Tilbage til køen / luk et panel (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="28" />
            <source>Close this box, start a new one (Ctrl+N)</source>
            <translation>Luk kassen, start en ny (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="40" />
            <source>Packstation command barcodes</source>
            <translation>Packstation-kommandostregkoder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="43" />
            <source>Packstation: scan to act</source>
            <translation>Packstation: scan en kommando</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="45" />
            <source>Station {station}. Works on the pack screen.</source>
            <translation>Station {station}. Virker på pakkeskærmen.</translation>
        </message>
    </context>
    <context>
        <name>Manifest</name>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="45" />
            <source>Carrier manifest · {carrier} · {date}</source>
            <translation>Afhentningsliste · {carrier} · {date}</translation>
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
                <numerusform>%n forsendelse</numerusform>
                <numerusform>%n forsendelser</numerusform>
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
            <translation>Chaufførens underskrift: ______________________   Tidspunkt: ________</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="77" />
            <source>No shipments on {date}</source>
            <translation>Ingen forsendelser den {date}</translation>
        </message>
    </context>
    <context>
        <name>ShiftReport</name>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="41" />
            <source>shipped_at</source>
            <translation>afsendt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="42" />
            <source>order</source>
            <translation>ordre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="43" />
            <source>recipient</source>
            <translation>modtager</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="44" />
            <source>city</source>
            <translation>by</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="45" />
            <source>country</source>
            <translation>land</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="46" />
            <source>carrier</source>
            <translation>fragtfirma</translation>
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
            <translation>årsag til delforsendelse</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="96" />
            <source>End of shift · {station} · {start}–{end}</source>
            <translation>Vagtrapport · {station} · {start}–{end}</translation>
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
                <numerusform>%n stadig åben</numerusform>
                <numerusform>%n stadig åbne</numerusform>
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
                <numerusform>%n åben afvigelse</numerusform>
                <numerusform>%n åbne afvigelser</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="111" />
            <source>Audit log: {head}</source>
            <translation>Revisionslog: {head}</translation>
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
            <translation>Fejlscanninger</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="118" />
            <source>Overrides</source>
            <translation>Tilsidesættelser</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="119" />
            <source>Avg/order</source>
            <translation>Gns./ordre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="129" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="149" />
            <source>Shipments</source>
            <translation>Forsendelser</translation>
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
                <numerusform>En PIN skal have mindst %n ciffer</numerusform>
                <numerusform>En PIN skal have mindst %n cifre</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="85" />
            <source>A lead needs a PIN of at least 4 digits, or a badge</source>
            <translation>En vagtleder skal have en PIN på mindst 4 cifre eller et ID-kort</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="90" />
            <source>{name} is already set up</source>
            <translation>{name} er allerede oprettet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="94" />
            <source>That badge belongs to {name}</source>
            <translation>Det ID-kort tilhører {name}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="126" />
            <source>Nobody called {name} is set up</source>
            <translation>Der er ingen medarbejder ved navn {name}</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="186" />
            <source>Unknown badge</source>
            <translation>Ukendt ID-kort</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="186" />
            <source>Choose your name</source>
            <translation>Vælg dit navn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="193" />
            <source>Too many wrong PINs for {name}: scan the badge instead</source>
            <translation>For mange forkerte PIN-koder for {name}: scan ID-kortet i stedet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="199" />
            <source>Wrong PIN for {name}</source>
            <translation>Forkert PIN for {name}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="220" />
            <source>Give a reason</source>
            <translation>Skriv en begrundelse</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="260" />
            <source>{name} is not a shift lead</source>
            <translation>{name} er ikke vagtleder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/auth.py" line="278" />
            <source>Choose a lead</source>
            <translation>Vælg en vagtleder</translation>
        </message>
    </context>
    <context>
        <name>Claims</name>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="93" />
            <source>{order} is now {claim}</source>
            <translation>{order} er nu {claim}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="108" />
            <source>Order {order} has already been packed</source>
            <translation>Ordre {order} er allerede pakket</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="114" />
            <source>Order {order} is on hold: {reason}</source>
            <translation>Ordre {order} er på hold: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="121" />
            <source>Order {order} is on hold</source>
            <translation>Ordre {order} er på hold</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="125" />
            <source>Order {order} was cancelled in the shop: do not pack it</source>
            <translation>Ordre {order} er annulleret i webshoppen: pak den ikke</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="132" />
            <source>Order {order} was closed in the shop: do not pack it</source>
            <translation>Ordre {order} er lukket i webshoppen: pak den ikke</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="201" />
            <source>No order {order} is known to this station</source>
            <translation>Stationen kender ingen ordre {order}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="252" />
            <source>{lead} took {order} over: it is now being packed at {station} by {user}. Put its items aside.</source>
            <translation>{lead} overtog {order}: den pakkes nu ved {station} af {user}. Læg varerne til side.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="261" />
            <source>{order} is now being packed at {station} by {user}</source>
            <translation>{order} pakkes nu ved {station} af {user}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="269" />
            <source>A shift lead took {order} over: it is no longer on this bench</source>
            <translation>En vagtleder overtog {order}: den er ikke længere på dette pakkebord</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="275" />
            <source>{order} was set aside for a shift lead</source>
            <translation>{order} er lagt til side til en vagtleder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="276" />
            <source>{order} is no longer claimed by this bench</source>
            <translation>{order} er ikke længere reserveret til dette pakkebord</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="304" />
            <source>Not shipped: {why}</source>
            <translation>Ikke sendt: {why}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/refusals.py" line="37" />
            <source>was being packed at {station} by {user}; {station} has not answered since {since}</source>
            <translation>under pakning ved {station} af {user}, men {station} har ikke svaret siden {since}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/refusals.py" line="44" />
            <source>being packed at {station} by {user}</source>
            <translation>under pakning ved {station} af {user}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/refusals.py" line="54" />
            <source>{order} {claim}: a shift lead can take it over</source>
            <translation>{order} er {claim}: en vagtleder kan overtage den</translation>
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
                <numerusform>{item} (%n talt) ønskes ikke længere</numerusform>
                <numerusform>{item} (%n talt) ønskes ikke længere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/services/replay.py" line="74" />
            <source>{item} is down to {wanted} (%n counted)</source>
            <translation>
                <numerusform>{item} er sat ned til {wanted} (%n talt)</numerusform>
                <numerusform>{item} er sat ned til {wanted} (%n talt)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/replay.py" line="82" />
            <source>Order {order} was changed in the shop while it was being packed: {changes}. Put the items aside: a shift lead decides what to do with them.</source>
            <translation>Ordre {order} blev ændret i webshoppen under pakningen: {changes}. Læg varerne til side: en vagtleder bestemmer, hvad der skal ske med dem.</translation>
        </message>
    </context>
    <context>
        <name>Exceptions</name>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="22" />
            <source>Confirmed by hand</source>
            <translation>Bekræftet manuelt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="23" />
            <source>Short shipment</source>
            <translation>Dellevering</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="24" />
            <source>Refused by the shop</source>
            <translation>Afvist af webshoppen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="25" />
            <source>Sent twice: the duplicate was cancelled</source>
            <translation>Sendt to gange: dubletten blev annulleret</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="26" />
            <source>Changed in the shop while packing</source>
            <translation>Ændret i webshoppen under pakningen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="27" />
            <source>Printing failed</source>
            <translation>Udskrivningen mislykkedes</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="28" />
            <source>No carrier label</source>
            <translation>Ingen fragtlabel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="29" />
            <source>Refused by the carrier</source>
            <translation>Afvist af fragtfirmaet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="30" />
            <source>Booked twice with the carrier</source>
            <translation>Booket to gange hos fragtfirmaet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="31" />
            <source>The carrier would not cancel</source>
            <translation>Fragtfirmaet ville ikke annullere</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="78" />
            <source>{title} ({sku}) confirmed by {lead}: {reason}</source>
            <translation>{title} ({sku}) bekræftet af {lead}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="93" />
            <source>Shipped without {items}; allowed by {lead}: {reason}</source>
            <translation>Sendt uden {items}; godkendt af {lead}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="143" />
            <source>Exception {id} does not exist</source>
            <translation>Afvigelse {id} findes ikke</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="234" />
            <source>Write what was said or agreed</source>
            <translation>Skriv, hvad der blev sagt eller aftalt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="260" />
            <source>Only a refused shipment can be sent again</source>
            <translation>Kun en afvist forsendelse kan sendes igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="266" />
            <source>This shipment is no longer waiting to be sent</source>
            <translation>Forsendelsen venter ikke længere på at blive sendt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="297" />
            <source>This exception was resolved meanwhile</source>
            <translation>Afvigelsen er blevet løst i mellemtiden</translation>
        </message>
    </context>
    <context>
        <name>Packing</name>
        <message>
            <location filename="../../src/packstation/services/packing.py" line="420" />
            <source>The carrier refused the booking of {order}: {words}</source>
            <translation>Fragtfirmaet afviste bookingen af {order}: {words}</translation>
        </message>
    </context>
    <context>
        <name>Voids</name>
        <message>
            <location filename="../../src/packstation/services/voids.py" line="52" />
            <source>Order {order} has no shipment to void</source>
            <translation>Ordre {order} har ingen forsendelse at annullere</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/voids.py" line="62" />
            <source>No such shipment</source>
            <translation>Forsendelsen findes ikke</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/voids.py" line="65" />
            <source>The shipment of {order} is already void</source>
            <translation>Forsendelsen for {order} er allerede annulleret</translation>
        </message>
    </context>
    <context>
        <name>Shop</name>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="108" />
            <source>The shop refused the access token: check the shop connection in Settings</source>
            <translation>Webshoppen afviste adgangstokenet: tjek webshopforbindelsen under Indstillinger</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="124" />
            <source>The shop keeps asking to slow down: syncing again later</source>
            <translation>Webshoppen beder hele tiden om at sætte farten ned: synkroniserer igen senere</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="134" />
            <source>The shop asked to wait {seconds} s: syncing again later</source>
            <translation>Webshoppen bad om at vente {seconds} s: synkroniserer igen senere</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="148" />
            <source>Cannot reach the shop ({why})</source>
            <translation>Kan ikke nå webshoppen ({why})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="151" />
            <source>The shop did not answer in time</source>
            <translation>Webshoppen svarede ikke i tide</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="162" />
            <source>The shop refused access: the app lacks a permission (access scope) it needs</source>
            <translation>Webshoppen nægtede adgang: appen mangler en tilladelse (access scope), den skal bruge</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="169" />
            <source>The shop sent a web page instead of data (HTTP {status})</source>
            <translation>Webshoppen sendte en webside i stedet for data (HTTP {status})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="177" />
            <source>The shop has a problem (HTTP {status})</source>
            <translation>Webshoppen har et problem (HTTP {status})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="181" />
            <source>The shop refused the request (HTTP {status})</source>
            <translation>Webshoppen afviste forespørgslen (HTTP {status})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="193" />
            <source>The shop sent an unexpected reply</source>
            <translation>Webshoppen sendte et uventet svar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="204" />
            <source>The shop refused the request: {why}</source>
            <translation>Webshoppen afviste forespørgslen: {why}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/client.py" line="208" />
            <source>The shop's reply has no data</source>
            <translation>Webshoppens svar har ingen data</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/connector.py" line="27" />
            <source>read the orders waiting at your locations (without it the queue stays empty)</source>
            <translation>læse de ordrer, der venter på jeres lokationer (uden den forbliver køen tom)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/connector.py" line="30" />
            <source>mark orders as shipped (and cancel voided shipments), report packing progress and hold orders</source>
            <translation>markere ordrer som afsendt (og annullere forsendelser), melde pakkestatus og sætte ordrer på hold</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/connector.py" line="35" />
            <source>read order notes, gift messages, tags and cancellations</source>
            <translation>læse ordrenoter, gavehilsner, tags og annulleringer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/connector.py" line="36" />
            <source>read product barcodes, bins, case barcodes and images (without it items can only be scanned by SKU)</source>
            <translation>læse varernes stregkoder, placeringer, kassestregkoder og billeder (uden den kan varer kun scannes med SKU)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/connector.py" line="41" />
            <source>list your locations</source>
            <translation>vise jeres lokationer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/connector.py" line="68" />
            <source>{scope}: needed to {what}</source>
            <translation>{scope}: skal bruges til at {what}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/credentials.py" line="142" />
            <source>No shop credentials yet: enter them in Settings → Shop (or set {variable} for headless use)</source>
            <translation>Ingen adgang til webshoppen endnu: indtast den under Indstillinger → Webshop (eller sæt {variable} på en station uden skærm)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/credentials.py" line="183" />
            <source>Cannot reach the shop to renew its access ({why})</source>
            <translation>Kan ikke nå webshoppen for at forny adgangen ({why})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/shop/shopify/credentials.py" line="195" />
            <source>The shop refused the client id and secret: check them in Settings → Shop</source>
            <translation>Webshoppen afviste klient-id og klienthemmelighed: tjek dem under Indstillinger → Webshop</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <location filename="../../src/packstation/storage/db.py" line="29" />
            <source>database unreachable - scans are not being saved</source>
            <translation>databasen kan ikke nås - scanninger bliver ikke gemt</translation>
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
                <numerusform>%n ordre</numerusform>
                <numerusform>%n ordrer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="95" />
            <source>No queued order (outside a batch) matches these rules</source>
            <translation>Ingen ordre i køen (uden for en batch) passer til disse regler</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="107" />
            <source>%n batches built: filter the queue by a batch's name</source>
            <translation>
                <numerusform>%n batch lavet: filtrér køen på batchens navn</numerusform>
                <numerusform>%n batches lavet: filtrér køen på batchens navn</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="131" />
            <source>{0} of {1} packed</source>
            <translation>{0} af {1} pakket</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="178" />
            <source>The slip printer takes labels only: print pick lists with “packstation batches”</source>
            <translation>Pakkeseddelprinteren tager kun labels: udskriv pluklister med “packstation batches”</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="188" />
            <source>Pick list of {0} printed</source>
            <translation>Plukliste for {0} udskrevet</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="202" />
            <source>%n packing slips of {0} printed</source>
            <translation>
                <numerusform>%n pakkeseddel for {0} udskrevet</numerusform>
                <numerusform>%n pakkesedler for {0} udskrevet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="213" />
            <source>%n labels queued</source>
            <translation>
                <numerusform>%n label sat i printkø</numerusform>
                <numerusform>%n labels sat i printkø</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="215" />
            <source>%n printed before</source>
            <translation>
                <numerusform>%n udskrevet før</numerusform>
                <numerusform>%n udskrevet før</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="217" />
            <source>%n to check at the printer (F11)</source>
            <translation>
                <numerusform>%n skal tjekkes ved printeren (F11)</numerusform>
                <numerusform>%n skal tjekkes ved printeren (F11)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="219" />
            <source>%n orders not verified yet</source>
            <translation>
                <numerusform>%n ordre endnu ikke kontrolleret</numerusform>
                <numerusform>%n ordrer endnu ikke kontrolleret</numerusform>
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
            <translation>Udskriver…</translation>
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
            <translation>Lav batches fra køen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="54" />
            <source>Single-item orders only</source>
            <translation>Kun ordrer med én vare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="55" />
            <source>One batch per shipping method</source>
            <translation>Én batch pr. forsendelsesmetode</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="56" />
            <source>Express first</source>
            <translation>Ekspres først</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="60" />
            <source>Only orders with this SKU (empty: any)</source>
            <translation>Kun ordrer med denne SKU (tom: alle)</translation>
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
            <translation>Ordrer pr. batch</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="80" />
            <source>Build batches</source>
            <translation>Lav batches</translation>
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
            <translation>Lavet af</translation>
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
            <translation>Udskriv plukliste</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="110" />
            <source>Print all packing slips</source>
            <translation>Udskriv alle pakkesedler</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="111" />
            <source>Print labels of verified orders</source>
            <translation>Udskriv labels til kontrollerede ordrer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="112" />
            <source>Close batch</source>
            <translation>Luk batch</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_view.py" line="113" />
            <source>Close</source>
            <translation>Luk</translation>
        </message>
    </context>
    <context>
        <name>ClaimsView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="34" />
            <source>Benches and their orders</source>
            <translation>Pakkeborde og deres ordrer</translation>
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
            <translation>Overtag til dette pakkebord…</translation>
        </message>
    </context>
    <context>
        <name>ClaimsController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="94" />
            <source>Benches unavailable: {0}</source>
            <translation>Pakkeborde utilgængelige: {0}</translation>
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
                <numerusform>; %n ved pakkeborde, der er holdt op med at svare</numerusform>
                <numerusform>; %n ved pakkeborde, der er holdt op med at svare</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="101" />
            <source>: a lead can take those over</source>
            <translation>: en vagtleder kan overtage dem</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="112" />
            <source>Expired: no answer since {0}</source>
            <translation>Udløbet: intet svar siden {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="116" />
            <source>Packing</source>
            <translation>Pakkes</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="128" />
            <source>Select the order to take over first</source>
            <translation>Vælg først den ordre, der skal overtages</translation>
        </message>
    </context>
    <context>
        <name>HourlyChart</name>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="56" />
            <source>No orders yet</source>
            <translation>Ingen ordrer endnu</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="81" />
            <source>Shift dashboard</source>
            <translation>Vagtoversigt</translation>
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
            <translation>Fejlscanninger</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="104" />
            <source>Overrides</source>
            <translation>Overstyringer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="105" />
            <source>Avg per order</source>
            <translation>Gns. pr. ordre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="106" />
            <source>Weight stops</source>
            <translation>Vægtstop</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="118" />
            <source>Shift report (PDF)</source>
            <translation>Vagtrapport (PDF)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="119" />
            <source>Shift report (CSV)</source>
            <translation>Vagtrapport (CSV)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="120" />
            <source>Today's carrier manifest</source>
            <translation>Dagens fragtmanifest</translation>
        </message>
    </context>
    <context>
        <name>DashboardController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="160" />
            <source>Figures unavailable: {0}</source>
            <translation>Tal ikke tilgængelige: {0}</translation>
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
                <numerusform>%n stadig åben</numerusform>
                <numerusform>%n stadig åbne</numerusform>
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
                <numerusform>%n åben afvigelse</numerusform>
                <numerusform>%n åbne afvigelser</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="169" />
            <source>Last %n h</source>
            <translation>
                <numerusform>Sidste %n t</numerusform>
                <numerusform>Sidste %n t</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="208" />
            <source>Carrier cut-off {0} (in {1} h {2:02d} min)</source>
            <translation>Fragtfirmaets frist {0} (om {1} t {2:02d} min)</translation>
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
                <numerusform>{0}: %n ordre stadig åben</numerusform>
                <numerusform>{0}: %n ordrer stadig åbne</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="215" />
            <source>Carrier cut-off {0} passed: every order placed before it left</source>
            <translation>Fragtfirmaets frist {0} er passeret: alle ordrer bestilt før er sendt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="218" />
            <source>Carrier cut-off {0} passed: %n orders missed today's collection</source>
            <translation>
                <numerusform>Fragtfirmaets frist {0} er passeret: %n ordre nåede ikke dagens afhentning</numerusform>
                <numerusform>Fragtfirmaets frist {0} er passeret: %n ordrer nåede ikke dagens afhentning</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="254" />
            <source>Not saved: {0}</source>
            <translation>Ikke gemt: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="257" />
            <source>Saved {0} (%n shipments)</source>
            <translation>
                <numerusform>Gemt {0} (%n forsendelse)</numerusform>
                <numerusform>Gemt {0} (%n forsendelser)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="261" />
            <source>Saving…</source>
            <translation>Gemmer…</translation>
        </message>
    </context>
    <context>
        <name>ExceptionsView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="48" />
            <source>Exceptions (F2)</source>
            <translation>Afvigelser (F2)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="56" />
            <source>When</source>
            <translation>Hvornår</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="56" />
            <source>Order</source>
            <translation>Ordre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="56" />
            <source>What</source>
            <translation>Hvad</translation>
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
            <translation>Prøv igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="67" />
            <source>Hold in shop…</source>
            <translation>Sæt på hold i webshop…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="68" />
            <source>Release hold…</source>
            <translation>Frigiv ordre…</translation>
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
            <translation>Notér, hvad kunden fik at vide eller aftalte</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="72" />
            <source>Benches… (Ctrl+K)</source>
            <translation>Pakkeborde… (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="74" />
            <source>Orders being packed at every bench; benches that stopped answering</source>
            <translation>Ordrer, der pakkes ved hvert pakkebord; pakkeborde, der er holdt op med at svare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="76" />
            <source>Close</source>
            <translation>Luk</translation>
        </message>
    </context>
    <context>
        <name>ExceptionsController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="148" />
            <source>No open exceptions.</source>
            <translation>Ingen åbne afvigelser.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="179" />
            <source>Working…</source>
            <translation>Arbejder…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="208" />
            <source>Asking the shop…</source>
            <translation>Spørger webshoppen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="218" />
            <source>{0} is on hold in the shop</source>
            <translation>{0} er sat på hold i webshoppen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="220" />
            <source>{0} is released in the shop</source>
            <translation>{0} er frigivet i webshoppen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="228" />
            <source>Put {0} on hold in the shop?</source>
            <translation>Sæt {0} på hold i webshoppen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="230" />
            <source>Release the hold on {0} in the shop?</source>
            <translation>Frigiv {0} i webshoppen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="244" />
            <source>Printing again; resolve this once the documents are out</source>
            <translation>Udskriver igen; løs afvigelsen, når papirerne er ude</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="253" />
            <source>{0} will be sent to the shop again</source>
            <translation>{0} sendes til webshoppen igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="258" />
            <source>Send {0} to the shop again?</source>
            <translation>Send {0} til webshoppen igen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="274" />
            <source>The shipment of {0} is void; the order is back in the queue</source>
            <translation>Forsendelsen af {0} er annulleret; ordren er tilbage i køen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="281" />
            <source>Cancel the shipment of {0}?</source>
            <translation>Annuller forsendelsen af {0}?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="294" />
            <source>Contact the customer: {0}</source>
            <translation>Kontakt kunden: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="295" />
            <source>What was the customer told, or what was agreed?</source>
            <translation>Hvad fik kunden at vide, eller hvad blev aftalt?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="305" />
            <source>Note saved on {0}</source>
            <translation>Note gemt på {0}</translation>
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
            <translation>{0} tilføjet som {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="87" />
            <source>Select a person first</source>
            <translation>Vælg en medarbejder først</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="93" />
            <source>New PIN saved for {0}</source>
            <translation>Ny PIN gemt for {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="106" />
            <source>{0} can no longer sign in</source>
            <translation>{0} kan ikke længere logge ind</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="110" />
            <source>Saving…</source>
            <translation>Gemmer…</translation>
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="31" />
            <source>People</source>
            <translation>Medarbejdere</translation>
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
            <translation>Ny PIN til den valgte medarbejder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="48" />
            <source>Deactivate the selected person</source>
            <translation>Deaktivér den valgte medarbejder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="54" />
            <source>Add a person</source>
            <translation>Tilføj en medarbejder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="63" />
            <source>Scan the badge here, or leave empty</source>
            <translation>Scan ID-kortet her, eller lad feltet stå tomt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="67" />
            <source>Leads and admins: at least 4 digits</source>
            <translation>Vagtledere og administratorer: mindst 4 cifre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="68" />
            <source>Add</source>
            <translation>Tilføj</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="72" />
            <source>PIN (also used for a new PIN)</source>
            <translation>PIN (bruges også til ny PIN)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="79" />
            <source>Close</source>
            <translation>Luk</translation>
        </message>
    </context>
    <context>
        <name>PickupView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="39" />
            <source>Book carrier pickup</source>
            <translation>Book afhentning hos fragtfirmaet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="45" />
            <source>Carrier</source>
            <translation>Fragtfirma</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="45" />
            <source>Parcels today</source>
            <translation>Pakker i dag</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="45" />
            <source>Pickup</source>
            <translation>Afhentning</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="55" />
            <source>Parcels ready from</source>
            <translation>Pakkerne er klar fra</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="56" />
            <source>Collected by</source>
            <translation>Hentes senest</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="62" />
            <source>Book pickup…</source>
            <translation>Book afhentning…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="63" />
            <source>Close</source>
            <translation>Luk</translation>
        </message>
    </context>
    <context>
        <name>PickupController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="105" />
            <source>booked at {0}</source>
            <translation>booket kl. {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="109" />
            <source>collected by agreement (no pickup request)</source>
            <translation>hentes efter aftale (ingen bestilling)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="111" />
            <source>not booked</source>
            <translation>ikke booket</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="118" />
            <source>No parcels were booked with a carrier today.</source>
            <translation>Ingen pakker er booket hos et fragtfirma i dag.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="140" />
            <source>Asking the carrier…</source>
            <translation>Spørger fragtfirmaet…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="149" />
            <source>Ask {0} to collect {1} parcels today?</source>
            <translation>Bed {0} hente {1} pakker i dag?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/pickup.py" line="165" />
            <source>Pickup booked ({0}): {1} parcels</source>
            <translation>Afhentning booket ({0}): {1} pakker</translation>
        </message>
    </context>
    <context>
        <name>CarrierChoiceDialog</name>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="46" />
            <source>Carrier product for {0}</source>
            <translation>Fragtprodukt til {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="56" />
            <source>Product code</source>
            <translation>Produktkode</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="59" />
            <source>e.g. EMAIL_NT SMS_NT (empty: none)</source>
            <translation>fx EMAIL_NT SMS_NT (tom: ingen)</translation>
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
            <translation>Fragtprodukt…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="80" />
            <source>A shift lead chooses another carrier product or services and books again</source>
            <translation>En vagtleder vælger et andet fragtprodukt eller andre tjenester og booker igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/rebook.py" line="128" />
            <source>{0}: carrier product {1}; it is booked again</source>
            <translation>{0}: fragtprodukt {1}; den bookes igen</translation>
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
            <translation>Åbn vagtoversigten</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="68" />
            <source>Book carrier pickup…</source>
            <translation>Book afhentning hos fragtfirmaet…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="85" />
            <source>Open batch building</source>
            <translation>Åbn batchopbygning</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="96" />
            <source>Open the exceptions</source>
            <translation>Åbn afvigelserne</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="126" />
            <source>Manage the people at the stations?</source>
            <translation>Administrer medarbejderne ved stationerne?</translation>
        </message>
    </context>
    <context>
        <name>BookingWatch</name>
        <message>
            <location filename="../../src/packstation/ui/pack/booking_watch.py" line="36" />
            <source>Carrier bookings are paused: {0}. Boxes get a LABEL PENDING slip; a shift lead fixes the key in Settings → Carrier</source>
            <translation>Bookinger hos fragtfirmaet er sat på pause: {0}. Kasserne får en LABEL PENDING-seddel; en vagtleder retter nøglen under Indstillinger → Fragtfirma</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/booking_watch.py" line="43" />
            <source>Carrier bookings work again</source>
            <translation>Bookinger hos fragtfirmaet virker igen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/booking_watch.py" line="47" />
            <source>The carrier refused %n bookings: a shift lead sees why in Exceptions (F2) and can choose another product</source>
            <translation>
                <numerusform>Fragtfirmaet afviste %n booking: en vagtleder ser hvorfor under Afvigelser (F2) og kan vælge et andet produkt</numerusform>
                <numerusform>Fragtfirmaet afviste %n bookinger: en vagtleder ser hvorfor under Afvigelser (F2) og kan vælge et andet produkt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoxStripView</name>
        <message>
            <location filename="../../src/packstation/ui/pack/box_strip.py" line="43" />
            <source>New box (Ctrl+N)</source>
            <translation>Ny kasse (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/box_strip.py" line="59" />
            <source>Lead override…</source>
            <translation>Overstyring (vagtleder)…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/box_strip.py" line="65" />
            <source>Unit weights…</source>
            <translation>Vægt pr. stk.…</translation>
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
            <translation>{0} · tøm vægten</translation>
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
            <translation>under nul: nulstil vægten</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="107" />
            <source>scale fault</source>
            <translation>fejl på vægten</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="108" />
            <source>no scale</source>
            <translation>ingen vægt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/boxes.py" line="125" />
            <source>Box {0} of {1}: {2} · %n units</source>
            <translation>
                <numerusform>Kasse {0} af {1}: {2} · %n stk.</numerusform>
                <numerusform>Kasse {0} af {1}: {2} · %n stk.</numerusform>
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
            <translation>ingen kasse valgt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="138" />
            <source>{0} (suggested by weight)</source>
            <translation>{0} (foreslået ud fra vægt)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="138" />
            <source>Shopify has no item sizes, so this box was suggested by the items' weight alone. Scan a box barcode to choose another.</source>
            <translation>Shopify har ingen mål på varerne, så kassen er kun foreslået ud fra varernes vægt. Scan en kassestregkode for at vælge en anden.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="143" />
            <source>{0} (suggested)</source>
            <translation>{0} (foreslået)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="143" />
            <source>The smallest box the items' sizes and weight fit. Scan a box barcode to choose another.</source>
            <translation>Den mindste kasse, varernes mål og vægt passer i. Scan en kassestregkode for at vælge en anden.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="160" />
            <source>Open an order first: scan its packing slip</source>
            <translation>Åbn en ordre først: scan dens pakkeseddel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="167" />
            <source>Box {0} is a {1} ({2})</source>
            <translation>Kasse {0}: {1} ({2})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="168" />
            <source>tare {0}</source>
            <translation>tara {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="181" />
            <source>Box {0} is empty: scan items into it first</source>
            <translation>Kasse {0} er tom: scan varer i den først</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="198" />
            <source>Box {0} closed at {1}. Box {2} is open: scan its items</source>
            <translation>Kasse {0} lukket med {1}. Kasse {2} er åben: scan dens varer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="232" />
            <source>Take the last parcel off the scale, then put this box on it</source>
            <translation>Tag den sidste pakke af vægten, og sæt så denne kasse på</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="234" />
            <source>Put box {0} on the scale and wait for a steady weight</source>
            <translation>Sæt kasse {0} på vægten og vent på en stabil vægt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="251" />
            <source>{0} on the scale, {1} expected: check for a missing or extra item</source>
            <translation>{0} på vægten, {1} forventet: tjek for en manglende eller ekstra vare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="255" />
            <source>Fix the box and weigh it again, or ask a lead to override</source>
            <translation>Ret kassen og vej den igen, eller bed en vagtleder om overstyring</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="268" />
            <source>Send box {0} of {1} at {2} instead of {3}?</source>
            <translation>Send kasse {0} af {1} med {2} i stedet for {3}?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="296" />
            <source>{0} let box {1} go at {2}</source>
            <translation>{0} godkendte kasse {1} med {2}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/boxes.py" line="327" />
            <source>Box NOT saved: {0}</source>
            <translation>Kassen er IKKE gemt: {0}</translation>
        </message>
    </context>
    <context>
        <name>CompletionController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="63" />
            <source>Choose a reason for the partial shipment</source>
            <translation>Vælg en årsag til delleveringen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/completion.py" line="74" />
            <source>Ship {0} short, {1} of %n units missing?</source>
            <translation>
                <numerusform>Send {0} som dellevering, {1} af %n stk. mangler?</numerusform>
                <numerusform>Send {0} som dellevering, {1} af %n stk. mangler?</numerusform>
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
            <translation>Scan serienummeret på {0} først</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/completion.py" line="116" />
            <source>%n units missing: scan them, or press F9 to ship partial</source>
            <translation>
                <numerusform>%n stk. mangler: scan den, eller tryk F9 for dellevering</numerusform>
                <numerusform>%n stk. mangler: scan dem, eller tryk F9 for dellevering</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="124" />
            <source>Completing {0}…</source>
            <translation>Afslutter {0}…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="148" />
            <source>Printing {0}…</source>
            <translation>Udskriver {0}…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="160" />
            <source>{0}: label and slip reprinted, marked REPRINT</source>
            <translation>{0}: label og pakkeseddel udskrevet igen, mærket REPRINT</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="162" />
            <source>{0} packed SHORT: label and slip printed. Scan the next slip</source>
            <translation>{0} pakket som DELLEVERING: label og pakkeseddel udskrevet. Scan næste pakkeseddel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="166" />
            <source>{0} packed: label and slip printed. Scan the next slip</source>
            <translation>{0} pakket: label og pakkeseddel udskrevet. Scan næste pakkeseddel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="170" />
            <source>{0} packed; the label may not have printed: check the printer (F11)</source>
            <translation>{0} pakket; labelen er måske ikke udskrevet: tjek printeren (F11)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="173" />
            <source>{0} packed, NOT printed yet: {1}. Press F7 to retry</source>
            <translation>{0} pakket, IKKE udskrevet endnu: {1}. Tryk F7 for at prøve igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="190" />
            <source>Nothing to reprint: complete the order first</source>
            <translation>Intet at udskrive igen: afslut ordren først</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="193" />
            <source>Reprint the label and slip of {0}?</source>
            <translation>Udskriv label og pakkeseddel til {0} igen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="203" />
            <source>Reprinting {0}…</source>
            <translation>Udskriver {0} igen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="216" />
            <source>This order is not completed: nothing to void</source>
            <translation>Ordren er ikke afsluttet: intet at annullere</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="221" />
            <source>No shipment of {0} to void</source>
            <translation>Ingen forsendelse af {0} at annullere</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="232" />
            <source>Void the shipment of {0} ({1})?</source>
            <translation>Annuller forsendelsen af {0} ({1})?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="251" />
            <source>Shipment of {0} void: unpack the box; the shop cancels it on sync</source>
            <translation>Forsendelsen af {0} annulleret: pak kassen ud; webshoppen annullerer den ved synk</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="253" />
            <source>Shipment of {0} void: unpack the box; it never reached the shop</source>
            <translation>Forsendelsen af {0} annulleret: pak kassen ud; den nåede aldrig webshoppen</translation>
        </message>
    </context>
    <context>
        <name>PackController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="98" />
            <source>Scan the items of {0}</source>
            <translation>Scan varerne til {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="119" />
            <source>Order {0} was not opened: {1}</source>
            <translation>Ordre {0} blev ikke åbnet: {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="129" />
            <source>Parked {0}: {1} of %n units scanned. Scan its slip to continue</source>
            <translation>
                <numerusform>Parkeret {0}: {1} af %n stk. scannet. Scan pakkesedlen for at fortsætte</numerusform>
                <numerusform>Parkeret {0}: {1} af %n stk. scannet. Scan pakkesedlen for at fortsætte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="139" />
            <source>Continuing {0} that {1} parked: {2} of %n units</source>
            <translation>
                <numerusform>Fortsætter {0}, som {1} parkerede: {2} af %n stk.</numerusform>
                <numerusform>Fortsætter {0}, som {1} parkerede: {2} af %n stk.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="142" />
            <source>Continuing {0}: {1} of %n units</source>
            <translation>
                <numerusform>Fortsætter {0}: {1} af %n stk.</numerusform>
                <numerusform>Fortsætter {0}: {1} af %n stk.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="168" />
            <source>Resumed {0}: {1} of %n units were scanned before the restart</source>
            <translation>
                <numerusform>Genoptaget {0}: {1} af %n stk. var scannet før genstarten</numerusform>
                <numerusform>Genoptaget {0}: {1} af %n stk. var scannet før genstarten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="184" />
            <source>Scan not checked: {0}</source>
            <translation>Scanning ikke kontrolleret: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="204" />
            <source>Unreadable scan ({0}): scan the item again</source>
            <translation>Ulæselig scanning ({0}): scan varen igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="214" />
            <source>Approved by {0}: {1}</source>
            <translation>Godkendt af {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="245" />
            <source>Last scan NOT saved: {0}. Scan it again</source>
            <translation>Sidste scanning IKKE gemt: {0}. Scan igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="264" />
            <source>Last scan NOT saved: {0}</source>
            <translation>Sidste scanning IKKE gemt: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="295" />
            <source>Choose the line that will not scan with ↑ ↓, then press F3 again</source>
            <translation>Vælg linjen, der ikke kan scannes, med ↑ ↓, og tryk F3 igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="299" />
            <source>Confirm 1 × {0} without a scan?</source>
            <translation>Bekræft 1 × {0} uden scanning?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="320" />
            <source>Confirmed by {0}: {1}</source>
            <translation>Bekræftet af {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="352" />
            <source>Nothing to undo</source>
            <translation>Intet at fortryde</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="360" />
            <source>Undone: {0} × {1}</source>
            <translation>Fortrudt: {0} × {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="379" />
            <source>Next scan counts %n units</source>
            <translation>
                <numerusform>Næste scanning tæller %n stk.</numerusform>
                <numerusform>Næste scanning tæller %n stk.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="425" />
            <source>Order {0} is now {1} in the shop: stop packing it</source>
            <translation>Ordre {0} er nu {1} i webshoppen: stop pakningen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="441" />
            <source>Customer note: {0}</source>
            <translation>Kundenote: {0}</translation>
        </message>
    </context>
    <context>
        <name>ExpiredGate</name>
        <message>
            <location filename="../../src/packstation/ui/pack/expired_gate.py" line="47" />
            <source>{0} expired on {1}: a shift lead must approve it before it counts</source>
            <translation>{0} udløb {1}: en vagtleder skal godkende varen, før den tælles med</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/expired_gate.py" line="57" />
            <source>Count {0} though it expired on {1}?</source>
            <translation>Tæl {0} med, selv om den udløb {1}?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/expired_gate.py" line="61" />
            <source>Expired on {0}</source>
            <translation>Udløbet {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/expired_gate.py" line="67" />
            <source>Not counted: {0} expired on {1}. Put it aside</source>
            <translation>Ikke talt med: {0} udløb {1}. Læg varen til side</translation>
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
            <translation>Læst ✓ (Ctrl+G)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="57" />
            <source>Gift message: “{0}”</source>
            <translation>Gavehilsen: “{0}”</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="68" />
            <source>A gift: read this, pack as asked, then confirm</source>
            <translation>En gave: læs dette, pak som ønsket, og bekræft</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="69" />
            <source>The customer asks for this: read it, then confirm</source>
            <translation>Kunden beder om dette: læs det, og bekræft</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="72" />
            <source>✓ Read: pack as the customer asked</source>
            <translation>✓ Læst: pak som kunden ønsker</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="88" />
            <source>Read the customer's instructions first, then press Ctrl+G or scan the slip again</source>
            <translation>Læs kundens ønsker først, og tryk Ctrl+G eller scan pakkesedlen igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/instructions.py" line="117" />
            <source>Instructions read: pack {0} as asked</source>
            <translation>Ønsker læst: pak {0} som ønsket</translation>
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
            <translation>Placering</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/model.py" line="23" />
            <source>Ordered</source>
            <translation>Bestilt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/model.py" line="24" />
            <source>Scanned</source>
            <translation>Scannet</translation>
        </message>
    </context>
    <context>
        <name>PendingSlipScans</name>
        <message>
            <location filename="../../src/packstation/ui/pack/pending_slip.py" line="40" />
            <source>The label was NOT printed: {0}</source>
            <translation>Labelen blev IKKE udskrevet: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pending_slip.py" line="53" />
            <source>Printing the carrier label of {0} here</source>
            <translation>Udskriver fragtfirmaets label til {0} her</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pending_slip.py" line="55" />
            <source>The carrier has not booked {0} yet: keep the box aside, its label prints when the booking is made</source>
            <translation>Fragtfirmaet har ikke booket {0} endnu: stil kassen til side, labelen udskrives når bookingen er lavet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pending_slip.py" line="60" />
            <source>The label of {0} has already printed at {1}. If it is lost, reprint it (F8)</source>
            <translation>Labelen til {0} er allerede udskrevet ved {1}. Er den væk, så udskriv igen (F8)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pending_slip.py" line="64" />
            <source>The label of {0} is printing at {1} now</source>
            <translation>Labelen til {0} udskrives ved {1} nu</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pending_slip.py" line="65" />
            <source>{0} has no label to print: its shipment was voided or the carrier refused it. Ask a shift lead</source>
            <translation>{0} har ingen label at udskrive: forsendelsen blev annulleret, eller fragtfirmaet afviste den. Spørg en vagtleder</translation>
        </message>
    </context>
    <context>
        <name>PickupPointLine</name>
        <message>
            <location filename="../../src/packstation/ui/pack/pickup_point.py" line="73" />
            <source>Parcel shop: {0}</source>
            <translation>Pakkeshop: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pickup_point.py" line="88" />
            <source>Parcel shop chosen by the customer: {0}</source>
            <translation>Pakkeshop valgt af kunden: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/pickup_point.py" line="89" />
            <source>Parcel shop: the carrier chooses the one nearest to {0}</source>
            <translation>Pakkeshop: fragtfirmaet vælger den nærmeste ved {0}</translation>
        </message>
    </context>
    <context>
        <name>ScanRouter</name>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="54" />
            <source>Scan not handled: {0}</source>
            <translation>Scanning ikke behandlet: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="71" />
            <source>No order {0} in the queue</source>
            <translation>Ingen ordre {0} i køen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="76" />
            <source>“{0}” is not an order number: scan the packing slip</source>
            <translation>“{0}” er ikke et ordrenummer: scan pakkesedlen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="85" />
            <source>Order {0} is already open</source>
            <translation>Ordre {0} er allerede åben</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="97" />
            <source>Open an order first: scan its packing slip</source>
            <translation>Åbn en ordre først: scan dens pakkeseddel</translation>
        </message>
    </context>
    <context>
        <name>TeachController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="42" />
            <source>Unknown barcode {0}: if it is on one of these items, a shift lead can teach it — choose the line (↑ ↓), then Ctrl+E</source>
            <translation>Ukendt stregkode {0}: sidder den på en af disse varer, kan en vagtleder lære stationen den — vælg linjen (↑ ↓), og tryk Ctrl+E</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="71" />
            <source>Scan the new barcode first, then press Ctrl+E</source>
            <translation>Scan den nye stregkode først, og tryk så Ctrl+E</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="77" />
            <source>Choose the line this barcode belongs to with ↑ ↓, then press Ctrl+E</source>
            <translation>Vælg linjen, stregkoden hører til, med ↑ ↓, og tryk Ctrl+E</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="82" />
            <source>Teach barcode {0} as {1} ({2})?</source>
            <translation>Lær stregkode {0} som {1} ({2})?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="102" />
            <source>that scan cannot be a barcode</source>
            <translation>den scanning kan ikke være en stregkode</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="103" />
            <source>it is a command barcode</source>
            <translation>det er en kommandostregkode</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="104" />
            <source>the line has no SKU</source>
            <translation>linjen har intet varenummer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="105" />
            <source>it was taught for {0} already</source>
            <translation>den er allerede lært for {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="106" />
            <source>it is the barcode of {0}</source>
            <translation>det er stregkoden for {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="107" />
            <source>it is an order number</source>
            <translation>det er et ordrenummer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="118" />
            <source>Barcode not taught: {0}</source>
            <translation>Stregkoden blev ikke lært: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/teach.py" line="127" />
            <source>{0} is now a barcode of {1}: scan the item again</source>
            <translation>{0} er nu en stregkode for {1}: scan varen igen</translation>
        </message>
    </context>
    <context>
        <name>PackView</name>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="128" />
            <source>Units for the next scan:</source>
            <translation>Stk. ved næste scanning:</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="140" />
            <source>Ship what is scanned; reason:</source>
            <translation>Send det scannede; årsag:</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="147" />
            <source>Out of stock</source>
            <translation>Ikke på lager</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="147" />
            <source>Damaged item</source>
            <translation>Beskadiget vare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="147" />
            <source>Customer request</source>
            <translation>Kundens ønske</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="152" />
            <source>Choose or type a reason</source>
            <translation>Vælg eller skriv en årsag</translation>
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
            <translation>Fortryd (F4)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="170" />
            <source>Quantity (F6)</source>
            <translation>Antal (F6)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="171" />
            <source>Reprint (F8)</source>
            <translation>Udskriv igen (F8)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="172" />
            <source>Void…</source>
            <translation>Annuller…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="173" />
            <source>A shift lead voids the shipment just packed</source>
            <translation>En vagtleder annullerer den netop pakkede forsendelse</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="174" />
            <source>Short / partial (F9)</source>
            <translation>Mangler / delvis (F9)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="175" />
            <source>Will not scan (F3)</source>
            <translation>Kan ikke scannes (F3)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="176" />
            <source>Complete (F10)</source>
            <translation>Afslut (F10)</translation>
        </message>
    </context>
    <context>
        <name>WeightsView</name>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="37" />
            <source>Unit weights</source>
            <translation>Vægt pr. stk.</translation>
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
            <translation>Webshop g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="48" />
            <source>Learned g</source>
            <translation>Lært g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="49" />
            <source>Confirmed g</source>
            <translation>Bekræftet g</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="58" />
            <source>Unit weight (g):</source>
            <translation>Vægt pr. stk. (g):</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="63" />
            <source>Confirm (lead)…</source>
            <translation>Bekræft (vagtleder)…</translation>
        </message>
    </context>
    <context>
        <name>WeightsController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="122" />
            <source>Choose an SKU first</source>
            <translation>Vælg først et varenummer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="126" />
            <source>Confirm {0} g as the unit weight of {1}?</source>
            <translation>Bekræft {0} g som vægt pr. stk. for {1}?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/weights_dialog.py" line="143" />
            <source>{0}: {1} g confirmed</source>
            <translation>{0}: {1} g bekræftet</translation>
        </message>
    </context>
    <context>
        <name>ScanWords</name>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="58" />
            <source>Not taken: {0}</source>
            <translation>Ikke godtaget: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="60" />
            <source>Now scan the serial number of {0}</source>
            <translation>Scan nu serienummeret på {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="64" />
            <source>Serial {0} saved for {1}</source>
            <translation>Serienummer {0} gemt for {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/words.py" line="71" />
            <source>{0} counted, but it expired on {1} (%n days ago): check the item</source>
            <translation>
                <numerusform>{0} talt med, men udløb {1} (for %n dag siden): tjek varen</numerusform>
                <numerusform>{0} talt med, men udløb {1} (for %n dage siden): tjek varen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/words.py" line="77" />
            <source>All %n units verified: press F10 to complete</source>
            <translation>
                <numerusform>Alle %n stk. kontrolleret: tryk F10 for at afslutte</numerusform>
                <numerusform>Alle %n stk. kontrolleret: tryk F10 for at afslutte</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="83" />
            <source>Too many: {0} needs only {1}</source>
            <translation>For mange: {0} skal kun have {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="87" />
            <source>Wrong item: {0} is not in this order</source>
            <translation>Forkert vare: {0} er ikke i denne ordre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="95" />
            <source>Unknown barcode {0}</source>
            <translation>Ukendt stregkode {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="99" />
            <source>Misread (the check digit is wrong): scan again</source>
            <translation>Fejlscanning (kontrolcifferet er forkert): scan igen</translation>
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
            <translation>Det ligner “{0}” fra en scanner sat til amerikansk tastatur, på denne computers {1} tastaturlayout. Sæt scannerens tastaturland til {1} (stregkoderne i dens manual), eller gør den til en seriel scanner (Indstillinger, F12)</translation>
        </message>
    </context>
    <context>
        <name>PrintQueueController</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="101" />
            <source>Printer: check %n jobs (F11)</source>
            <translation>
                <numerusform>Printer: tjek %n job (F11)</numerusform>
                <numerusform>Printer: tjek %n job (F11)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="105" />
            <source>Printer: %n waiting: {0}</source>
            <translation>
                <numerusform>Printer: %n venter: {0}</numerusform>
                <numerusform>Printer: %n venter: {0}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="140" />
            <source>Printers: {0}</source>
            <translation>Printere: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="152" />
            <source>Select a job in the print queue first</source>
            <translation>Vælg et job i printkøen først</translation>
        </message>
    </context>
    <context>
        <name>PrintQueueModel</name>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="26" />
            <source>Job</source>
            <translation>Job</translation>
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
            <translation>Forsøg</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="32" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="50" />
            <source>label</source>
            <translation>label</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="50" />
            <source>packing slip</source>
            <translation>pakkeseddel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="52" />
            <source>(reprint)</source>
            <translation>(udskrevet igen)</translation>
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
            <translation>udskrevet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="57" />
            <source>check the printer</source>
            <translation>tjek printeren</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/model.py" line="58" />
            <source>not printed</source>
            <translation>ikke udskrevet</translation>
        </message>
    </context>
    <context>
        <name>PrintQueueView</name>
        <message>
            <location filename="../../src/packstation/ui/print_queue/view.py" line="23" />
            <source>Print queue (F11)</source>
            <translation>Printkø (F11)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/view.py" line="35" />
            <source>Retry waiting jobs (F7)</source>
            <translation>Prøv ventende job igen (F7)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/view.py" line="36" />
            <source>It printed</source>
            <translation>Den blev udskrevet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/view.py" line="37" />
            <source>It did not print: reprint</source>
            <translation>Ikke udskrevet: udskriv igen</translation>
        </message>
    </context>
    <context>
        <name>QueueController</name>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="176" />
            <source>Queue not reloaded: {0}</source>
            <translation>Køen ikke genindlæst: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="194" />
            <source>Loading the queue…</source>
            <translation>Indlæser køen…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/controller.py" line="198" />
            <source>Filter on: %n of {0} orders shown (Esc clears it)</source>
            <translation>
                <numerusform>Filter slået til: %n af {0} ordrer vist (Esc fjerner det)</numerusform>
                <numerusform>Filter slået til: %n af {0} ordrer vist (Esc fjerner det)</numerusform>
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
            <translation>Vælg først ordren på hold</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="226" />
            <source>{0} is not on hold</source>
            <translation>{0} er ikke på hold</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="248" />
            <source>Hold on {0} released in the shop: it can be packed after the sync</source>
            <translation>{0} frigivet i webshoppen: den kan pakkes efter synkroniseringen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="255" />
            <source>The shop still holds {0}: the station can release only holds it placed itself. Release this one in the shop's admin</source>
            <translation>Webshoppen holder stadig {0} på hold: stationen kan kun frigive hold, den selv har sat. Frigiv denne i webshoppens administration</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="262" />
            <source>Release the hold on {0}?</source>
            <translation>Frigiv {0}?</translation>
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
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="56" />
            <source>Booked: scan its LABEL PENDING slip to print it here</source>
            <translation>Booket: scan kassens LABEL PENDING-seddel for at udskrive den her</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="58" />
            <source>Waiting for the carrier: {0}</source>
            <translation>Venter på fragtfirmaet: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="59" />
            <source>Waiting for the carrier</source>
            <translation>Venter på fragtfirmaet</translation>
        </message>
    </context>
    <context>
        <name>LabelsToPrintPanel</name>
        <message>
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="73" />
            <source>Scan a box's LABEL PENDING slip at any bench to print its label there</source>
            <translation>Scan en kasses LABEL PENDING-seddel ved et hvilket som helst pakkebord for at udskrive dens label der</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="105" />
            <source>Labels to print (%n)</source>
            <translation>
                <numerusform>Labels der skal udskrives (%n)</numerusform>
                <numerusform>Labels der skal udskrives (%n)</numerusform>
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
            <translation>Reservation udløbet: {0} tavs siden {1} ({2})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="226" />
            <source>Being packed at {0} by {1}</source>
            <translation>Pakkes ved {0} af {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="230" />
            <source>Exception: shop refused</source>
            <translation>Afvigelse: webshoppen afviste</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="232" />
            <source>On hold</source>
            <translation>På hold</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="234" />
            <source>Being packed</source>
            <translation>Under pakning</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="236" />
            <source>Part shipped</source>
            <translation>Delvist sendt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="237" />
            <source>Open</source>
            <translation>Åben</translation>
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
            <translation>Forsendelse</translation>
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
            <translation>Vælg den ordre, der skal overtages (Ctrl+K viser alle pakkeborde og deres ordrer)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/take_over.py" line="48" />
            <source>{0} is not being packed at another bench: scan its slip</source>
            <translation>{0} pakkes ikke ved et andet pakkebord: scan dens pakkeseddel</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="32" />
            <source>Scan a packing slip to open its order</source>
            <translation>Scan en pakkeseddel for at åbne ordren</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="36" />
            <source>Filter by order number, customer or SKU</source>
            <translation>Filtrér på ordrenummer, kunde eller SKU</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="53" />
            <source>Batches (Ctrl+B)</source>
            <translation>Batches (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="54" />
            <source>Release hold…</source>
            <translation>Frigiv ordre…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="55" />
            <source>A shift lead releases the selected held order</source>
            <translation>En vagtleder frigiver den valgte ordre på hold</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="56" />
            <source>Take over… (Ctrl+T)</source>
            <translation>Overtag… (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="58" />
            <source>A shift lead moves the selected order from another bench to this one</source>
            <translation>En vagtleder flytter den valgte ordre fra et andet pakkebord til dette</translation>
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
            <translation>Ikke gemt: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/settings/boxes_controller.py" line="82" />
            <source>Save the list of %n boxes?</source>
            <translation>
                <numerusform>Gem listen med %n kasse?</numerusform>
                <numerusform>Gem listen med %n kasser?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoxesView</name>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="26" />
            <source>Boxes</source>
            <translation>Kasser</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="32" />
            <source>The boxes this bench packs into. Inner sizes in mm, weights in grams. Scanning a box's barcode on the pack screen chooses it.</source>
            <translation>Kasserne dette pakkebord pakker i. Indvendige mål i mm, vægt i gram. Scan en kasses stregkode på pakkeskærmen for at vælge den.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="44" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="45" />
            <source>Barcode</source>
            <translation>Stregkode</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="46" />
            <source>Length mm</source>
            <translation>Længde mm</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="47" />
            <source>Width mm</source>
            <translation>Bredde mm</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="48" />
            <source>Height mm</source>
            <translation>Højde mm</translation>
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
            <translation>Tilføj kasse</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/boxes_view.py" line="58" />
            <source>Remove box</source>
            <translation>Fjern kasse</translation>
        </message>
    </context>
    <context>
        <name>CarrierController</name>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_controller.py" line="77" />
            <source>Label format ({0})</source>
            <translation>Labelformat ({0})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_controller.py" line="84" />
            <source>The rules file cannot be read: {0}</source>
            <translation>Regelfilen kan ikke læses: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_controller.py" line="172" />
            <source>Testing the connection…</source>
            <translation>Tester forbindelsen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_controller.py" line="212" />
            <source>Change the carrier settings?</source>
            <translation>Ændre indstillingerne for fragtfirmaet?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_controller.py" line="217" />
            <source>Saving…</source>
            <translation>Gemmer…</translation>
        </message>
    </context>
    <context>
        <name>CarrierView</name>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="34" />
            <source>Carrier</source>
            <translation>Fragtfirma</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="37" />
            <source>Carrier account</source>
            <translation>Konto hos fragtfirmaet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="44" />
            <source>None: the station's own numbers</source>
            <translation>Ingen: stationens egne numre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="45" />
            <source>Shipmondo</source>
            <translation>Shipmondo</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="46" />
            <source>Own delivery (the shop's own van)</source>
            <translation>Egen levering (webshoppens egen bil)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="51" />
            <source>Books labels with</source>
            <translation>Booker labels hos</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="54" />
            <source>empty: the platform's production address</source>
            <translation>tom: platformens produktionsadresse</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="55" />
            <source>Address (URL)</source>
            <translation>Adresse (URL)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="61" />
            <source>empty: keep the key saved in the keyring</source>
            <translation>tom: behold nøglen i nøgleringen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="62" />
            <source>API user</source>
            <translation>API-bruger</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="63" />
            <source>API key</source>
            <translation>API-nøgle</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="64" />
            <source>Book on the shop's own carrier agreement</source>
            <translation>Book på webshoppens egen fragtaftale</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="69" />
            <source>Label format</source>
            <translation>Labelformat</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="73" />
            <source>VOEC number (Norway)</source>
            <translation>VOEC-nummer (Norge)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="75" />
            <source>Test connection</source>
            <translation>Test forbindelse</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="84" />
            <source>Shipping rules (the first rule that matches wins)</source>
            <translation>Fragtregler (den første regel der passer, gælder)</translation>
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
            <translation>Servicekode</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="93" />
            <source>Shipping method name</source>
            <translation>Navn på leveringsmetode</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="94" />
            <source>Countries</source>
            <translation>Lande</translation>
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
            <translation>Tilføj regel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="107" />
            <source>Remove rule</source>
            <translation>Fjern regel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="108" />
            <source>Move up</source>
            <translation>Flyt op</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/carrier_view.py" line="109" />
            <source>Move down</source>
            <translation>Flyt ned</translation>
        </message>
    </context>
    <context>
        <name>SettingsController</name>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="53" />
            <source>Serial ports: {0}</source>
            <translation>Serielle porte: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="55" />
            <source>No serial ports found (keyboard-wedge scanners need none)</source>
            <translation>Ingen serielle porte fundet (scannere i tastaturtilstand behøver ingen)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="68" />
            <source>In use: {0}</source>
            <translation>I brug: {0}</translation>
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
            <translation>⚠ det ligner {0} tastet til et {1} tastatur: sæt scannerens tastaturland til at passe med denne computer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="113" />
            <source>The slip printer takes labels only: use “packstation commands --out FILE”</source>
            <translation>Pakkeseddelprinteren tager kun labels: brug “packstation commands --out FILE”</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="127" />
            <source>Command barcodes printed</source>
            <translation>Kommandostregkoder udskrevet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="131" />
            <source>Printing the command barcodes…</source>
            <translation>Udskriver kommandostregkoderne…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="155" />
            <source>Printing a test on {0}…</source>
            <translation>Udskriver en test på {0}…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="161" />
            <source>Test printed on {0}</source>
            <translation>Test udskrevet på {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="173" />
            <source>Change the printer settings?</source>
            <translation>Ændre printerindstillingerne?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="207" />
            <source>Saved to {0}</source>
            <translation>Gemt i {0}</translation>
        </message>
    </context>
    <context>
        <name>ShopController</name>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="101" />
            <source>Enter the shop address, starting with https://</source>
            <translation>Indtast webshoppens adresse, der starter med https://</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="105" />
            <source>Enter the access token, or the client id and secret</source>
            <translation>Indtast adgangstoken, eller klient-id og klienthemmelighed</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="109" />
            <source>Testing the connection…</source>
            <translation>Tester forbindelsen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="126" />
            <source>The connection failed: {0}</source>
            <translation>Forbindelsen mislykkedes: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="133" />
            <source>Connected to {0} ({1}).</source>
            <translation>Forbundet til {0} ({1}).</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="136" />
            <source>The app lacks these permissions (access scopes):</source>
            <translation>Appen mangler disse tilladelser (access scopes):</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="146" />
            <source>{0} (inactive)</source>
            <translation>{0} (inaktiv)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="159" />
            <source>Test the connection before saving</source>
            <translation>Test forbindelsen, før du gemmer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="162" />
            <source>Choose at least one location to pack for</source>
            <translation>Vælg mindst én lokation at pakke til</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="167" />
            <source>Change the shop connection?</source>
            <translation>Ændre webshopforbindelsen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="175" />
            <source>Saving…</source>
            <translation>Gemmer…</translation>
        </message>
    </context>
    <context>
        <name>ShopView</name>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="26" />
            <source>Shop connection</source>
            <translation>Webshopforbindelse</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="30" />
            <source>Connect this station to your Shopify store. Credentials are kept in this computer's keyring, never in files.</source>
            <translation>Forbind denne station med jeres Shopify-butik. Loginoplysninger gemmes i computerens nøglering, aldrig i filer.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="44" />
            <source>Shop address</source>
            <translation>Webshopadresse</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="45" />
            <source>API version</source>
            <translation>API-version</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="47" />
            <source>Admin access token</source>
            <translation>Admin-adgangstoken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="48" />
            <source>Client id and secret</source>
            <translation>Klient-id og klienthemmelighed</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="55" />
            <source>Sign in with</source>
            <translation>Log ind med</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="64" />
            <source>Access token</source>
            <translation>Adgangstoken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="65" />
            <source>Client id</source>
            <translation>Klient-id</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="66" />
            <source>Client secret</source>
            <translation>Klienthemmelighed</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="68" />
            <source>Test connection</source>
            <translation>Test forbindelse</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_view.py" line="75" />
            <source>Pack orders for these locations:</source>
            <translation>Pak ordrer til disse lokationer:</translation>
        </message>
    </context>
    <context>
        <name>PrinterRow</name>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="41" />
            <source>Test print</source>
            <translation>Testudskrift</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="54" />
            <source>Settings</source>
            <translation>Indstillinger</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="57" />
            <source>Printers</source>
            <translation>Printere</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="61" />
            <source>Shipping labels</source>
            <translation>Forsendelseslabels</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="62" />
            <source>Packing slips</source>
            <translation>Pakkesedler</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="64" />
            <source>Scanner test: scan anything, nothing is packed</source>
            <translation>Scannertest: scan hvad som helst, intet bliver pakket</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="76" />
            <source>Print the command barcodes (scan to complete, undo, short…)</source>
            <translation>Udskriv kommandostregkoderne (scan for at afslutte, fortryde, melde mangel…)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="80" />
            <source>Shop connection…</source>
            <translation>Webshopforbindelse…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="82" />
            <source>People…</source>
            <translation>Medarbejdere…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/view.py" line="84" />
            <source>Boxes…</source>
            <translation>Kasser…</translation>
        </message>
    </context>
    <context>
        <name>SettingsWindows</name>
        <message>
            <location filename="../../src/packstation/ui/settings/windows.py" line="54" />
            <source>Carrier…</source>
            <translation>Fragtfirma…</translation>
        </message>
    </context>
    <context>
        <name>AuthoriseDialog</name>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="48" />
            <source>Shift lead needed</source>
            <translation>Vagtleder skal godkende</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="74" />
            <source>Signed in as shift lead: {0}</source>
            <translation>Logget ind som vagtleder: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="77" />
            <source>Lead</source>
            <translation>Vagtleder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="78" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="79" />
            <source>Reason</source>
            <translation>Årsag</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="81" />
            <source>Or scan the lead's badge.</source>
            <translation>Eller scan vagtlederens ID-kort.</translation>
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
            <translation>Fejl i Packstation</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/crash.py" line="29" />
            <source>Something went wrong inside Packstation. Your scans are saved. Please send the log file to your administrator:
{path}</source>
            <translation>Der gik noget galt i Packstation. Dine scanninger er gemt. Send logfilen til din administrator:
{path}</translation>
        </message>
    </context>
    <context>
        <name>LeadAsker</name>
        <message>
            <location filename="../../src/packstation/ui/shared/lead_gate.py" line="50" />
            <source>This needs a shift lead, and none is set up: add one with “packstation users add --role lead”</source>
            <translation>Dette kræver en vagtleder, og der er ingen oprettet: tilføj en med “packstation users add --role lead”</translation>
        </message>
    </context>
    <context>
        <name>StationState</name>
        <message>
            <location filename="../../src/packstation/ui/shared/state.py" line="155" />
            <source>Audit entry NOT saved: {0}</source>
            <translation>Logpost IKKE gemt: {0}</translation>
        </message>
    </context>
    <context>
        <name>TakeOver</name>
        <message>
            <location filename="../../src/packstation/ui/shared/take_over.py" line="27" />
            <source>Take {0} over to this bench? It is {1}; count its items again here</source>
            <translation>Overtag {0} til dette pakkebord? Den er {1}; tæl varerne igen her</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/take_over.py" line="31" />
            <source>Take {0} over to this bench? Count its items again here</source>
            <translation>Overtag {0} til dette pakkebord? Tæl varerne igen her</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/take_over.py" line="58" />
            <source>{0} took {1} over to this bench: count all its items again</source>
            <translation>{0} overtog {1} til dette pakkebord: tæl alle varerne igen</translation>
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
            <translation>Gem</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="32" />
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/words.py" line="33" />
            <source>Close</source>
            <translation>Luk</translation>
        </message>
    </context>
    <context>
        <name>AboutBox</name>
        <message>
            <location filename="../../src/packstation/ui/shell/about.py" line="13" />
            <source>installed application</source>
            <translation>installeret program</translation>
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
            <translation>{0}. Stationen bliver ved med at prøve; vent, før du pakker videre</translation>
        </message>
    </context>
    <context>
        <name>StationShell</name>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="229" />
            <source>{0} signed out</source>
            <translation>{0} logget ud</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="233" />
            <source>Locked: nobody used the station for a while</source>
            <translation>Låst: stationen har ikke været brugt et stykke tid</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="257" />
            <source>Welcome, {0}. Scan a packing slip</source>
            <translation>Velkommen, {0}. Scan en pakkeseddel</translation>
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
            <translation>Samme scanning to gange fra {0} lige efter hinanden: talt én gang</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="277" />
            <source>Unreadable scan from {0} ({1}): scan again</source>
            <translation>Ulæselig scanning fra {0} ({1}): scan igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="287" />
            <source>disconnected</source>
            <translation>afbrudt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="290" />
            <source>Scanners: {0}</source>
            <translation>Scannere: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="330" />
            <source>Database reachable again: scans are saved</source>
            <translation>Databasen svarer igen: scanninger gemmes</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="340" />
            <source>✗ Database unreachable: scans are not saved</source>
            <translation>✗ Databasen kan ikke nås: scanninger gemmes ikke</translation>
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
            <translation>○ Offline: der pakkes videre, synk senere</translation>
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
            <translation>Sidste synk {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/shell/station.py" line="388" />
            <source>Loading the queue: %n orders…</source>
            <translation>
                <numerusform>Indlæser køen: %n ordre…</numerusform>
                <numerusform>Indlæser køen: %n ordrer…</numerusform>
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
            <translation>Station {0} er låst</translation>
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
            <translation>Scan dit ID-kort, eller vælg dit navn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/sign_in/view.py" line="45" />
            <source>Sign in</source>
            <translation>Log ind</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/sign_in/view.py" line="84" />
            <source>PIN for {0}</source>
            <translation>PIN for {0}</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
    <context>
        <name>PickList</name>
        <message>
            <location filename="../../src/packstation/cli.py" line="233" />
            <source>Pick list · {station}</source>
            <translation>Plocklista · {station}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="37" />
            <source>Bin</source>
            <translation>Plats</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="38" />
            <source>SKU</source>
            <translation>Artikelnr</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="39" />
            <source>Qty</source>
            <translation>Antal</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="40" />
            <source>Item</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="41" />
            <source>Orders</source>
            <translation>Ordrar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/pick_list.py" line="52" />
            <source>%n orders</source>
            <translation>
                <numerusform>%n order</numerusform>
                <numerusform>%n ordrar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/pick_list.py" line="53" />
            <source>%n units</source>
            <translation>
                <numerusform>%n artikel</numerusform>
                <numerusform>%n artiklar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="54" />
            <source>page {page}</source>
            <translation>sida {page}</translation>
        </message>
    </context>
    <context>
        <name>Doctor</name>
        <message>
            <location filename="../../src/packstation/cli.py" line="270" />
            <source>database</source>
            <translation>databas</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="272" />
            <source>{url} (schema {revision})</source>
            <translation>{url} (schema {revision})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="285" />
            <source>shop</source>
            <translation>butik</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="286" />
            <source>{shop} answers</source>
            <translation>{shop} svarar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="293" />
            <source>{shop} cannot be reached: {why}</source>
            <translation>{shop} kan inte nås: {why}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="298" />
            <source>label printer</source>
            <translation>etikettskrivare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="298" />
            <source>slip printer</source>
            <translation>följesedelsskrivare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="306" />
            <source>scanner</source>
            <translation>skanner</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="308" />
            <source>keyboard wedge: a scan is ≥{keys} keys ≤{gap} ms apart ending in Enter</source>
            <translation>tangentbordsskanner: en skanning är ≥{keys} tecken med ≤{gap} ms mellanrum, avslutad med Enter</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="322" />
            <source>sync</source>
            <translation>synk</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/cli.py" line="323" />
            <source>%n fulfillments waiting to be sent to the shop</source>
            <translation>
                <numerusform>%n sändning väntar på att skickas till butiken</numerusform>
                <numerusform>%n sändningar väntar på att skickas till butiken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/cli.py" line="343" />
            <source>%n orders being packed</source>
            <translation>
                <numerusform>%n order packas</numerusform>
                <numerusform>%n ordrar packas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="345" />
            <source>; expired (a shift lead can take these over): </source>
            <translation>; utgångna (en skiftledare kan ta över dem):</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="348" />
            <source>claims</source>
            <translation>reservationer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="360" />
            <source>{where} cannot be reached{reason}. Nothing can be packed or saved until it answers; check that the database server runs and that this machine can reach it.</source>
            <translation>{where} kan inte nås{reason}. Inget kan packas eller sparas förrän den svarar; kontrollera att databasservern är igång och att den här datorn når den.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="386" />
            <source>{shop} ({domain}) answers at {endpoint}</source>
            <translation>{shop} ({domain}) svarar på {endpoint}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="389" />
            <source>all scopes granted</source>
            <translation>alla behörigheter beviljade</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="390" />
            <source>access</source>
            <translation>åtkomst</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="394" />
            <source>locations</source>
            <translation>platser</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="397" />
            <source>none chosen; set shopify_locations to one of: {names}</source>
            <translation>ingen vald; ange shopify_locations till en av: {names}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/cli.py" line="400" />
            <source>unknown location {number}</source>
            <translation>okänd plats {number}</translation>
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
            <location filename="../../src/packstation/labels/command_sheet.py" line="39" />
            <source>Packstation command barcodes</source>
            <translation>Packstation kommandostreckkoder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="42" />
            <source>Packstation: scan to act</source>
            <translation>Packstation: skanna ett kommando</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="44" />
            <source>Station {station}. Works on the pack screen.</source>
            <translation>Station {station}. Fungerar på packskärmen.</translation>
        </message>
    </context>
    <context>
        <name>ShippingLabel</name>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="186" />
            <source>Order {order}   {weight}   Package {package}/{count}</source>
            <translation>Order {order}   {weight}   Kolli {package}/{count}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="188" />
            <source>FROM</source>
            <translation>AVSÄNDARE</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="189" />
            <source>SHIP TO</source>
            <translation>MOTTAGARE</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="190" />
            <source>REPRINT</source>
            <translation>OMUTSKRIFT</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="198" />
            <source>{carrier} tracking</source>
            <translation>{carrier} spårning</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/layout.py" line="200" />
            <source>%n units</source>
            <translation>
                <numerusform>%n artikel</numerusform>
                <numerusform>%n artiklar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pdf.py" line="87" />
            <source>Shipping label {order}</source>
            <translation>Fraktetikett {order}</translation>
        </message>
    </context>
    <context>
        <name>PackingSlip</name>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="57" />
            <source>Packing slip {order}</source>
            <translation>Följesedel {order}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="92" />
            <source>REPRINT</source>
            <translation>OMUTSKRIFT</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="138" />
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
            <location filename="../../src/packstation/labels/slip.py" line="186" />
            <source>%n units</source>
            <translation>
                <numerusform>%n artikel</numerusform>
                <numerusform>%n artiklar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="190" />
            <source>Part shipment: {reason}</source>
            <translation>Delleverans: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="200" />
            <source>Note from the customer</source>
            <translation>Meddelande från kunden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="210" />
            <source>Returns</source>
            <translation>Retur</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip_zpl.py" line="31" />
            <source>{shop} · Packing slip</source>
            <translation>{shop} · Följesedel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip_zpl.py" line="47" />
            <source>Note: {note}</source>
            <translation>Meddelande: {note}</translation>
        </message>
    </context>
    <context>
        <name>Manifest</name>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="43" />
            <source>Carrier manifest · {carrier} · {date}</source>
            <translation>Överlämningslista · {carrier} · {date}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="47" />
            <source>From {sender}</source>
            <translation>Från {sender}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/manifest.py" line="48" />
            <source>%n shipments</source>
            <translation>
                <numerusform>%n sändning</numerusform>
                <numerusform>%n sändningar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/manifest.py" line="50" />
            <source>%n parcels</source>
            <translation>
                <numerusform>%n kolli</numerusform>
                <numerusform>%n kollin</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="70" />
            <source>Driver's signature: ______________________   Time: ________</source>
            <translation>Förarens underskrift: ______________________   Tid: ________</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="76" />
            <source>No shipments on {date}</source>
            <translation>Inga sändningar den {date}</translation>
        </message>
    </context>
    <context>
        <name>ShiftReport</name>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="40" />
            <source>shipped_at</source>
            <translation>skickad</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="41" />
            <source>order</source>
            <translation>order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="42" />
            <source>recipient</source>
            <translation>mottagare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="43" />
            <source>city</source>
            <translation>ort</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="44" />
            <source>country</source>
            <translation>land</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="45" />
            <source>carrier</source>
            <translation>transportör</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="46" />
            <source>tracking</source>
            <translation>spårningsnummer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="47" />
            <source>units</source>
            <translation>artiklar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="48" />
            <source>partial_reason</source>
            <translation>orsak till delleverans</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="95" />
            <source>End of shift · {station} · {start}–{end}</source>
            <translation>Skiftrapport · {station} · {start}–{end}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="101" />
            <source>%n orders packed</source>
            <translation>
                <numerusform>%n order packad</numerusform>
                <numerusform>%n ordrar packade</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="102" />
            <source>%n still open</source>
            <translation>
                <numerusform>%n fortfarande öppen</numerusform>
                <numerusform>%n fortfarande öppna</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="103" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n väntar på synkning</numerusform>
                <numerusform>%n väntar på synkning</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="104" />
            <source>%n open exceptions</source>
            <translation>
                <numerusform>%n öppen avvikelse</numerusform>
                <numerusform>%n öppna avvikelser</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="110" />
            <source>Audit log: {head}</source>
            <translation>Granskningslogg: {head}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="116" />
            <source>Packer</source>
            <translation>Packare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="117" />
            <source>Orders</source>
            <translation>Ordrar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="118" />
            <source>Units</source>
            <translation>Artiklar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="119" />
            <source>Mis-scans</source>
            <translation>Felskanningar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="120" />
            <source>Overrides</source>
            <translation>Åsidosättningar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="121" />
            <source>Avg/order</source>
            <translation>Snitt/order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="136" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="144" />
            <source>Shipments</source>
            <translation>Sändningar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="156" />
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
            <location filename="../../src/packstation/services/claiming.py" line="195" />
            <source>No order {order} is known to this station</source>
            <translation>Stationen känner inte till någon order {order}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="244" />
            <source>{lead} took {order} over: it is now being packed at {station} by {user}. Put its items aside.</source>
            <translation>{lead} tog över {order}: den packas nu vid {station} av {user}. Lägg artiklarna åt sidan.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="253" />
            <source>{order} is now being packed at {station} by {user}</source>
            <translation>{order} packas nu vid {station} av {user}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="261" />
            <source>A shift lead took {order} over: it is no longer on this bench</source>
            <translation>En skiftledare tog över {order}: den finns inte längre på detta packbord</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="267" />
            <source>{order} was set aside for a shift lead</source>
            <translation>{order} har lagts åt sidan åt en skiftledare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="268" />
            <source>{order} is no longer claimed by this bench</source>
            <translation>{order} är inte längre reserverad för detta packbord</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/claiming.py" line="296" />
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
            <location filename="../../src/packstation/services/exceptions.py" line="72" />
            <source>{title} ({sku}) confirmed by {lead}: {reason}</source>
            <translation>{title} ({sku}) bekräftad av {lead}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="87" />
            <source>Shipped without {items}; allowed by {lead}: {reason}</source>
            <translation>Skickad utan {items}; godkänd av {lead}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="133" />
            <source>Exception {id} does not exist</source>
            <translation>Avvikelse {id} finns inte</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="224" />
            <source>Write what was said or agreed</source>
            <translation>Skriv vad som sades eller avtalades</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="250" />
            <source>Only a refused shipment can be sent again</source>
            <translation>Bara en avvisad sändning kan skickas igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="256" />
            <source>This shipment is no longer waiting to be sent</source>
            <translation>Sändningen väntar inte längre på att skickas</translation>
        </message>
        <message>
            <location filename="../../src/packstation/services/exceptions.py" line="287" />
            <source>This exception was resolved meanwhile</source>
            <translation>Avvikelsen har åtgärdats under tiden</translation>
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
        <name>Storage</name>
        <message>
            <location filename="../../src/packstation/storage/db.py" line="23" />
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
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="117" />
            <source>Shift report (PDF)</source>
            <translation>Skiftrapport (PDF)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="118" />
            <source>Shift report (CSV)</source>
            <translation>Skiftrapport (CSV)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="119" />
            <source>Today's carrier manifest</source>
            <translation>Dagens manifest till transportören</translation>
        </message>
    </context>
    <context>
        <name>DashboardController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="159" />
            <source>Figures unavailable: {0}</source>
            <translation>Siffror saknas: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="163" />
            <source>%n orders packed</source>
            <translation>
                <numerusform>%n order packad</numerusform>
                <numerusform>%n ordrar packade</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="164" />
            <source>%n still open</source>
            <translation>
                <numerusform>%n fortfarande öppen</numerusform>
                <numerusform>%n fortfarande öppna</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="165" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n väntar på synkning</numerusform>
                <numerusform>%n väntar på synkning</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="166" />
            <source>%n open exceptions</source>
            <translation>
                <numerusform>%n öppen avvikelse</numerusform>
                <numerusform>%n öppna avvikelser</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="168" />
            <source>Last %n h</source>
            <translation>
                <numerusform>Senaste %n h</numerusform>
                <numerusform>Senaste %n h</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="206" />
            <source>Carrier cut-off {0} (in {1} h {2:02d} min)</source>
            <translation>Transportörens stopptid {0} (om {1} h {2:02d} min)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="210" />
            <source>{0}: every order placed before it is packed</source>
            <translation>{0}: alla ordrar lagda före den är packade</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="211" />
            <source>{0}: %n orders still open</source>
            <translation>
                <numerusform>{0}: %n order fortfarande öppen</numerusform>
                <numerusform>{0}: %n ordrar fortfarande öppna</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="213" />
            <source>Carrier cut-off {0} passed: every order placed before it left</source>
            <translation>Transportörens stopptid {0} har passerat: alla ordrar lagda före den har skickats</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="216" />
            <source>Carrier cut-off {0} passed: %n orders missed today's collection</source>
            <translation>
                <numerusform>Transportörens stopptid {0} har passerat: %n order missade dagens hämtning</numerusform>
                <numerusform>Transportörens stopptid {0} har passerat: %n ordrar missade dagens hämtning</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="252" />
            <source>Not saved: {0}</source>
            <translation>Inte sparad: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="255" />
            <source>Saved {0} (%n shipments)</source>
            <translation>
                <numerusform>Sparade {0} (%n sändning)</numerusform>
                <numerusform>Sparade {0} (%n sändningar)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="259" />
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
        <name>LeadWindows</name>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="57" />
            <source>Open the dashboard</source>
            <translation>Öppna skiftöversikten</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="69" />
            <source>Open batch building</source>
            <translation>Öppna batchbyggandet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="80" />
            <source>Open the exceptions</source>
            <translation>Öppna avvikelserna</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="109" />
            <source>Manage the people at the stations?</source>
            <translation>Hantera personerna vid stationerna?</translation>
        </message>
    </context>
    <context>
        <name>CompletionController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="55" />
            <source>Choose a reason for the partial shipment</source>
            <translation>Välj en orsak till delleveransen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/completion.py" line="66" />
            <source>Ship {0} short, {1} of %n units missing?</source>
            <translation>
                <numerusform>Skicka {0} med brist, {1} av %n enhet saknas?</numerusform>
                <numerusform>Skicka {0} med brist, {1} av %n enheter saknas?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="82" />
            <source>{0}; missing: {1}</source>
            <translation>{0}; saknas: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="95" />
            <source>Scan the serial number of {0} first</source>
            <translation>Skanna serienumret för {0} först</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/completion.py" line="104" />
            <source>%n units missing: scan them, or press F9 to ship partial</source>
            <translation>
                <numerusform>%n enhet saknas: skanna den, eller tryck F9 för delleverans</numerusform>
                <numerusform>%n enheter saknas: skanna dem, eller tryck F9 för delleverans</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="108" />
            <source>Completing {0}…</source>
            <translation>Avslutar {0}…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="132" />
            <source>Printing {0}…</source>
            <translation>Skriver ut {0}…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="144" />
            <source>{0}: label and slip reprinted, marked REPRINT</source>
            <translation>{0}: etikett och följesedel utskrivna igen, märkta REPRINT</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="146" />
            <source>{0} packed SHORT: label and slip printed. Scan the next slip</source>
            <translation>{0} packad MED BRIST: etikett och följesedel utskrivna. Skanna nästa följesedel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="150" />
            <source>{0} packed: label and slip printed. Scan the next slip</source>
            <translation>{0} packad: etikett och följesedel utskrivna. Skanna nästa följesedel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="154" />
            <source>{0} packed; the label may not have printed: check the printer (F11)</source>
            <translation>{0} packad; etiketten kanske inte skrevs ut: kontrollera skrivaren (F11)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="157" />
            <source>{0} packed, NOT printed yet: {1}. Press F7 to retry</source>
            <translation>{0} packad, INTE utskriven än: {1}. Tryck F7 för att försöka igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="174" />
            <source>Nothing to reprint: complete the order first</source>
            <translation>Inget att skriva ut igen: slutför ordern först</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="177" />
            <source>Reprint the label and slip of {0}?</source>
            <translation>Skriva ut etiketten och följesedeln för {0} igen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="187" />
            <source>Reprinting {0}…</source>
            <translation>Skriver ut {0} igen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="200" />
            <source>This order is not completed: nothing to void</source>
            <translation>Den här ordern är inte slutförd: inget att makulera</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="205" />
            <source>No shipment of {0} to void</source>
            <translation>Ingen sändning för {0} att makulera</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="216" />
            <source>Void the shipment of {0} ({1})?</source>
            <translation>Makulera sändningen för {0} ({1})?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="235" />
            <source>Shipment of {0} void: unpack the box; the shop cancels it on sync</source>
            <translation>Sändningen för {0} makulerad: packa upp lådan; butiken avbryter den vid synk</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="237" />
            <source>Shipment of {0} void: unpack the box; it never reached the shop</source>
            <translation>Sändningen för {0} makulerad: packa upp lådan; den nådde aldrig butiken</translation>
        </message>
    </context>
    <context>
        <name>PackController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="75" />
            <source>Scan the items of {0}</source>
            <translation>Skanna artiklarna i {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="80" />
            <source>Parked {0}: {1} of %n units scanned. Scan its slip to continue</source>
            <translation>
                <numerusform>Parkerade {0}: {1} av %n enhet skannad. Skanna följesedeln för att fortsätta</numerusform>
                <numerusform>Parkerade {0}: {1} av %n enheter skannade. Skanna följesedeln för att fortsätta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="90" />
            <source>Continuing {0} that {1} parked: {2} of %n units</source>
            <translation>
                <numerusform>Fortsätter {0} som {1} parkerade: {2} av %n enhet</numerusform>
                <numerusform>Fortsätter {0} som {1} parkerade: {2} av %n enheter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="93" />
            <source>Continuing {0}: {1} of %n units</source>
            <translation>
                <numerusform>Fortsätter {0}: {1} av %n enhet</numerusform>
                <numerusform>Fortsätter {0}: {1} av %n enheter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="119" />
            <source>Resumed {0}: {1} of %n units were scanned before the restart</source>
            <translation>
                <numerusform>Återupptog {0}: {1} av %n enhet skannades före omstarten</numerusform>
                <numerusform>Återupptog {0}: {1} av %n enheter skannades före omstarten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="138" />
            <source>Scan not checked: {0}</source>
            <translation>Skanningen kontrollerades inte: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="144" />
            <source>Unreadable scan ({0}): scan the item again</source>
            <translation>Oläslig skanning ({0}): skanna artikeln igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="177" />
            <source>Last scan NOT saved: {0}. Scan it again</source>
            <translation>Senaste skanningen INTE sparad: {0}. Skanna den igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="196" />
            <source>Last scan NOT saved: {0}</source>
            <translation>Senaste skanningen INTE sparad: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="226" />
            <source>Choose the line that will not scan with ↑ ↓, then press F3 again</source>
            <translation>Välj raden som inte går att skanna med ↑ ↓ och tryck F3 igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="230" />
            <source>Confirm 1 × {0} without a scan?</source>
            <translation>Bekräfta 1 × {0} utan skanning?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="251" />
            <source>Confirmed by {0}: {1}</source>
            <translation>Bekräftat av {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="283" />
            <source>Nothing to undo</source>
            <translation>Inget att ångra</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="291" />
            <source>Undone: {0} × {1}</source>
            <translation>Ångrat: {0} × {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="310" />
            <source>Next scan counts %n units</source>
            <translation>
                <numerusform>Nästa skanning räknas som %n enhet</numerusform>
                <numerusform>Nästa skanning räknas som %n enheter</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="355" />
            <source>Order {0} is now {1} in the shop: stop packing it</source>
            <translation>Order {0} är nu {1} i butiken: sluta packa den</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="371" />
            <source>Customer note: {0}</source>
            <translation>Kundens meddelande: {0}</translation>
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
        <name>ScanRouter</name>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="44" />
            <source>Scan not handled: {0}</source>
            <translation>Skanningen hanterades inte: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="60" />
            <source>No order {0} in the queue</source>
            <translation>Ingen order {0} i kön</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="65" />
            <source>“{0}” is not an order number: scan the packing slip</source>
            <translation>”{0}” är inget ordernummer: skanna följesedeln</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="71" />
            <source>Order {0} is already open</source>
            <translation>Order {0} är redan öppen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="82" />
            <source>Open an order first: scan its packing slip</source>
            <translation>Öppna en order först: skanna dess följesedel</translation>
        </message>
    </context>
    <context>
        <name>PackView</name>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="125" />
            <source>Units for the next scan:</source>
            <translation>Enheter för nästa skanning:</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="137" />
            <source>Ship what is scanned; reason:</source>
            <translation>Skicka det som är skannat; orsak:</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="144" />
            <source>Out of stock</source>
            <translation>Slut i lager</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="144" />
            <source>Damaged item</source>
            <translation>Skadad artikel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="144" />
            <source>Customer request</source>
            <translation>Kundens önskemål</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="149" />
            <source>Choose or type a reason</source>
            <translation>Välj eller skriv en orsak</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="152" />
            <source>Ship partial</source>
            <translation>Skicka delleverans</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="165" />
            <source>Queue (Esc)</source>
            <translation>Kö (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="166" />
            <source>Undo (F4)</source>
            <translation>Ångra (F4)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="167" />
            <source>Quantity (F6)</source>
            <translation>Antal (F6)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="168" />
            <source>Reprint (F8)</source>
            <translation>Skriv ut igen (F8)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="169" />
            <source>Void…</source>
            <translation>Makulera…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="170" />
            <source>A shift lead voids the shipment just packed</source>
            <translation>En skiftledare makulerar sändningen som just packats</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="171" />
            <source>Short / partial (F9)</source>
            <translation>Saknas / delleverans (F9)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="172" />
            <source>Will not scan (F3)</source>
            <translation>Går inte att skanna (F3)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="173" />
            <source>Complete (F10)</source>
            <translation>Slutför (F10)</translation>
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
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="95" />
            <source>Printer: check %n jobs (F11)</source>
            <translation>
                <numerusform>Skrivare: kontrollera %n jobb (F11)</numerusform>
                <numerusform>Skrivare: kontrollera %n jobb (F11)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="99" />
            <source>Printer: %n waiting: {0}</source>
            <translation>
                <numerusform>Skrivare: %n väntar: {0}</numerusform>
                <numerusform>Skrivare: %n väntar: {0}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="134" />
            <source>Printers: {0}</source>
            <translation>Skrivare: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="146" />
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
            <location filename="../../src/packstation/ui/queue/controller.py" line="50" />
            <source>Queue not reloaded: {0}</source>
            <translation>Kön inte omladdad: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/controller.py" line="71" />
            <source>Filter on: %n of {0} orders shown (Esc clears it)</source>
            <translation>
                <numerusform>Filter på: %n av {0} ordrar visas (Esc tar bort det)</numerusform>
                <numerusform>Filter på: %n av {0} ordrar visas (Esc tar bort det)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/controller.py" line="78" />
            <source>%n orders waiting</source>
            <translation>
                <numerusform>%n order väntar</numerusform>
                <numerusform>%n ordrar väntar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="95" />
            <source>Select the held order first</source>
            <translation>Välj den spärrade ordern först</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="99" />
            <source>{0} is not on hold</source>
            <translation>{0} är inte spärrad</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="121" />
            <source>Hold on {0} released in the shop: it can be packed after the sync</source>
            <translation>Spärren på {0} hävd i butiken: den kan packas efter synken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="128" />
            <source>The shop still holds {0}: the station can release only holds it placed itself. Release this one in the shop's admin</source>
            <translation>Butiken spärrar fortfarande {0}: stationen kan bara häva spärrar den själv har lagt. Häv den här i butikens administration</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="135" />
            <source>Release the hold on {0}?</source>
            <translation>Häva spärren för {0}?</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/model.py" line="26" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/model.py" line="28" />
            <source>%n h</source>
            <translation>
                <numerusform>%n tim</numerusform>
                <numerusform>%n tim</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/model.py" line="29" />
            <source>%n d</source>
            <translation>
                <numerusform>%n d</numerusform>
                <numerusform>%n d</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="108" />
            <source>Claim expired: {0} silent since {1} ({2})</source>
            <translation>Reservation utgången: {0} tyst sedan {1} ({2})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="111" />
            <source>Being packed at {0} by {1}</source>
            <translation>Packas vid {0} av {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="115" />
            <source>Exception: shop refused</source>
            <translation>Avvikelse: butiken avvisade</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="117" />
            <source>On hold</source>
            <translation>Spärrad</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="119" />
            <source>Being packed</source>
            <translation>Packas</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="121" />
            <source>Part shipped</source>
            <translation>Delvis skickad</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="122" />
            <source>Open</source>
            <translation>Öppen</translation>
        </message>
    </context>
    <context>
        <name>QueueTableModel</name>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="36" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="37" />
            <source>Customer</source>
            <translation>Kund</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="38" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="39" />
            <source>Lines</source>
            <translation>Rader</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="40" />
            <source>Units</source>
            <translation>Enheter</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="41" />
            <source>Shipping</source>
            <translation>Frakt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="42" />
            <source>Age</source>
            <translation>Ålder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="43" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="44" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
    </context>
    <context>
        <name>QueueTakeOver</name>
        <message>
            <location filename="../../src/packstation/ui/queue/take_over.py" line="40" />
            <source>Select the order to take over (Ctrl+K lists every bench's orders)</source>
            <translation>Välj ordern som ska tas över (Ctrl+K visar alla packbord och deras ordrar)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/take_over.py" line="47" />
            <source>{0} is not being packed at another bench: scan its slip</source>
            <translation>{0} packas inte vid ett annat packbord: skanna dess följesedel</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="30" />
            <source>Scan a packing slip to open its order</source>
            <translation>Skanna en följesedel för att öppna ordern</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="34" />
            <source>Filter by order number, customer or SKU</source>
            <translation>Filtrera på ordernummer, kund eller SKU</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="47" />
            <source>Batches (Ctrl+B)</source>
            <translation>Batcher (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="48" />
            <source>Release hold…</source>
            <translation>Häv spärren…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="49" />
            <source>A shift lead releases the selected held order</source>
            <translation>En skiftledare häver spärren för vald order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="50" />
            <source>Take over… (Ctrl+T)</source>
            <translation>Ta över… (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="52" />
            <source>A shift lead moves the selected order from another bench to this one</source>
            <translation>En skiftledare flyttar den valda ordern från ett annat packbord till detta</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="54" />
            <source>Lock (Ctrl+L)</source>
            <translation>Lås (Ctrl+L)</translation>
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
        <name>Words</name>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="22" />
            <source>Ready</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="23" />
            <source>Spool folder</source>
            <translation>Utskriftsmapp</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="24" />
            <source>No printer configured</source>
            <translation>Ingen skrivare inställd</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="25" />
            <source>CUPS is not available</source>
            <translation>CUPS är inte tillgängligt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="26" />
            <source>keyboard</source>
            <translation>tangentbord</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="27" />
            <source>keyboard wedge ready</source>
            <translation>tangentbordsskanner redo</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="28" />
            <source>starting</source>
            <translation>startar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="29" />
            <source>connected</source>
            <translation>ansluten</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="30" />
            <source>disconnected</source>
            <translation>frånkopplad</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="31" />
            <source>Packstation stopped while this job was being sent</source>
            <translation>Packstation stängdes medan jobbet skickades</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="40" />
            <source>{0} is out of labels: load a roll and press Retry</source>
            <translation>{0} har slut på etiketter: lägg i en ny rulle och tryck Försök igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="44" />
            <source>{0}'s print head is open: close it and press Retry</source>
            <translation>Skrivhuvudet på {0} är öppet: stäng det och tryck Försök igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="48" />
            <source>{0} is out of ribbon: load one and press Retry</source>
            <translation>{0} har slut på färgband: lägg i ett nytt och tryck Försök igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="52" />
            <source>{0}'s print head temperature is out of range: wait a moment and press Retry</source>
            <translation>Skrivhuvudet på {0} har fel temperatur: vänta en stund och tryck Försök igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="58" />
            <source>{0} is paused: press its pause button, then Retry</source>
            <translation>{0} är pausad: tryck på dess pausknapp och sedan Försök igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="62" />
            <source>{0} is busy (buffer full): wait and Retry</source>
            <translation>{0} är upptagen (bufferten är full): vänta och Försök igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="64" />
            <source>{0} is ready</source>
            <translation>{0} är redo</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="67" />
            <source>{0} gave an unreadable status reply</source>
            <translation>{0} gav ett oläsligt statussvar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="71" />
            <source>{0} does not answer: check for an open head or an empty roll</source>
            <translation>{0} svarar inte: kontrollera om skrivhuvudet är öppet eller rullen tom</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="78" />
            <source>The connection to {0} broke during the job: the label may or may not have printed. Check the printer before reprinting.</source>
            <translation>Anslutningen till {0} bröts under jobbet: etiketten kan ha skrivits ut eller inte. Kontrollera skrivaren innan du skriver ut igen.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="89" />
            <source>{0} did not confirm that it took the job: the label may or may not have printed. Check the printer before reprinting.</source>
            <translation>{0} bekräftade inte att den tog emot jobbet: etiketten kan ha skrivits ut eller inte. Kontrollera skrivaren innan du skriver ut igen.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="100" />
            <source>{0} took the job, then reported: {1}. Check whether the label printed before reprinting.</source>
            <translation>{0} tog emot jobbet och rapporterade sedan: {1}. Kontrollera om etiketten skrevs ut innan du skriver ut igen.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="111" />
            <source>{0} took the job, but its label counter did not move: the label may not have printed. Check the printer before reprinting.</source>
            <translation>{0} tog emot jobbet, men dess etiketträknare stod still: etiketten kanske inte skrevs ut. Kontrollera skrivaren innan du skriver ut igen.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="119" />
            <source>The disk holding {0} is full: free some space and press Reprint</source>
            <translation>Disken med {0} är full: frigör utrymme och tryck Skriv ut igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="125" />
            <source>{0} cannot be opened: is it plugged in?</source>
            <translation>{0} kan inte öppnas: är den ansluten?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="129" />
            <source>Ready (spool folder {0})</source>
            <translation>Redo (utskriftsmapp {0})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="131" />
            <source>Ready ({0})</source>
            <translation>Redo ({0})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="132" />
            <source>Cannot write to {0}</source>
            <translation>Kan inte skriva till {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="135" />
            <source>No permission to write {0}</source>
            <translation>Ingen behörighet att skriva till {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="137" />
            <source>{0} is not connected</source>
            <translation>{0} är inte ansluten</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="140" />
            <source>CUPS queue {0} not found</source>
            <translation>CUPS-kön {0} finns inte</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/device_words.py" line="144" />
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
            <location filename="../../src/packstation/ui/shared/state.py" line="111" />
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
            <location filename="../../src/packstation/ui/shell/station.py" line="226" />
            <source>{0} signed out</source>
            <translation>{0} har loggat ut</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="230" />
            <source>Locked: nobody used the station for a while</source>
            <translation>Låst: ingen har använt stationen på en stund</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="254" />
            <source>Welcome, {0}. Scan a packing slip</source>
            <translation>Välkommen, {0}. Skanna en följesedel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="259" />
            <source>Station {0} · locked</source>
            <translation>Station {0} · låst</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="261" />
            <source>Station {0} · {1}</source>
            <translation>Station {0} · {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="269" />
            <source>Same scan twice from {0} in a moment: counted once</source>
            <translation>Samma skanning två gånger från {0} på en gång: räknas en gång</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="274" />
            <source>Unreadable scan from {0} ({1}): scan again</source>
            <translation>Oläslig skanning från {0} ({1}): skanna igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="284" />
            <source>disconnected</source>
            <translation>frånkopplad</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="287" />
            <source>Scanners: {0}</source>
            <translation>Skannrar: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="327" />
            <source>Database reachable again: scans are saved</source>
            <translation>Databasen svarar igen: skanningar sparas</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="337" />
            <source>✗ Database unreachable: scans are not saved</source>
            <translation>✗ Databasen kan inte nås: skanningar sparas inte</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="367" />
            <source>⚠ {0}: {1}</source>
            <translation>⚠ {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="370" />
            <source>● {0} online</source>
            <translation>● {0} online</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="373" />
            <source>○ Offline: packing continues, sync later</source>
            <translation>○ Offline: packningen fortsätter, synkar senare</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/shell/station.py" line="375" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n väntar på synkning</numerusform>
                <numerusform>%n väntar på synkning</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="378" />
            <source>Last sync {0}</source>
            <translation>Senaste synk {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/shell/station.py" line="385" />
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

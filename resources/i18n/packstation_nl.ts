<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>PickList</name>
        <message>
            <location filename="../../src/packstation/cli.py" line="191" />
            <source>Pick list · {station}</source>
            <translation>Picklijst · {station}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="37" />
            <source>Bin</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="38" />
            <source>SKU</source>
            <translation>Artikelnr.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="39" />
            <source>Qty</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="40" />
            <source>Item</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="41" />
            <source>Orders</source>
            <translation>Orders</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/pick_list.py" line="52" />
            <source>%n orders</source>
            <translation>
                <numerusform>%n order</numerusform>
                <numerusform>%n orders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/pick_list.py" line="53" />
            <source>%n units</source>
            <translation>
                <numerusform>%n artikel</numerusform>
                <numerusform>%n artikelen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="54" />
            <source>page {page}</source>
            <translation>pagina {page}</translation>
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
            <location filename="../../src/packstation/labels/command_sheet.py" line="39" />
            <source>Packstation command barcodes</source>
            <translation>Packstation-opdrachtbarcodes</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="42" />
            <source>Packstation: scan to act</source>
            <translation>Packstation: scan een opdracht</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="44" />
            <source>Station {station}. Works on the pack screen.</source>
            <translation>Station {station}. Werkt op het inpakscherm.</translation>
        </message>
    </context>
    <context>
        <name>ShippingLabel</name>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="186" />
            <source>Order {order}   {weight}   Package {package}/{count}</source>
            <translation>Order {order}   {weight}   Pakket {package}/{count}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="188" />
            <source>FROM</source>
            <translation>AFZENDER</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="189" />
            <source>SHIP TO</source>
            <translation>ONTVANGER</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="190" />
            <source>REPRINT</source>
            <translation>HERDRUK</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="198" />
            <source>{carrier} tracking</source>
            <translation>{carrier} track &amp; trace</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/layout.py" line="200" />
            <source>%n units</source>
            <translation>
                <numerusform>%n artikel</numerusform>
                <numerusform>%n artikelen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pdf.py" line="87" />
            <source>Shipping label {order}</source>
            <translation>Verzendlabel {order}</translation>
        </message>
    </context>
    <context>
        <name>PackingSlip</name>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="44" />
            <source>Packing slip {order}</source>
            <translation>Pakbon {order}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="115" />
            <source>Ship to</source>
            <translation>Verzenden naar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="120" />
            <source>Shipping: {method}</source>
            <translation>Verzending: {method}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="122" />
            <source>Date: {date}</source>
            <translation>Datum: {date}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="128" />
            <source>Tracking: {tracking}</source>
            <translation>Track &amp; trace: {tracking}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="136" />
            <source>Qty</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="137" />
            <source>SKU</source>
            <translation>Artikelnr.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="138" />
            <source>Bin</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="139" />
            <source>Item</source>
            <translation>Artikel</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/slip.py" line="163" />
            <source>%n units</source>
            <translation>
                <numerusform>%n artikel</numerusform>
                <numerusform>%n artikelen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="167" />
            <source>Part shipment: {reason}</source>
            <translation>Deellevering: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="175" />
            <source>Note from the customer</source>
            <translation>Bericht van de klant</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="185" />
            <source>Returns</source>
            <translation>Retourneren</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip_zpl.py" line="31" />
            <source>{shop} · Packing slip</source>
            <translation>{shop} · Pakbon</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip_zpl.py" line="47" />
            <source>Note: {note}</source>
            <translation>Bericht: {note}</translation>
        </message>
    </context>
    <context>
        <name>Manifest</name>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="42" />
            <source>Carrier manifest · {carrier} · {date}</source>
            <translation>Vervoerdersmanifest · {carrier} · {date}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="46" />
            <source>From {sender}</source>
            <translation>Van {sender}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/manifest.py" line="47" />
            <source>%n shipments</source>
            <translation>
                <numerusform>%n zending</numerusform>
                <numerusform>%n zendingen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/manifest.py" line="49" />
            <source>%n parcels</source>
            <translation>
                <numerusform>%n pakket</numerusform>
                <numerusform>%n pakketten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="69" />
            <source>Driver's signature: ______________________   Time: ________</source>
            <translation>Handtekening chauffeur: ______________________   Tijd: ________</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="75" />
            <source>No shipments on {date}</source>
            <translation>Geen zendingen op {date}</translation>
        </message>
    </context>
    <context>
        <name>ShiftReport</name>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="40" />
            <source>shipped_at</source>
            <translation>verzonden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="41" />
            <source>order</source>
            <translation>order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="42" />
            <source>recipient</source>
            <translation>ontvanger</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="43" />
            <source>city</source>
            <translation>plaats</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="44" />
            <source>country</source>
            <translation>land</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="45" />
            <source>carrier</source>
            <translation>vervoerder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="46" />
            <source>tracking</source>
            <translation>trackingnummer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="47" />
            <source>units</source>
            <translation>artikelen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="48" />
            <source>partial_reason</source>
            <translation>reden deellevering</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="90" />
            <source>End of shift · {station} · {start}–{end}</source>
            <translation>Dienstrapport · {station} · {start}–{end}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="96" />
            <source>%n orders packed</source>
            <translation>
                <numerusform>%n order ingepakt</numerusform>
                <numerusform>%n orders ingepakt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="97" />
            <source>%n still open</source>
            <translation>
                <numerusform>%n nog open</numerusform>
                <numerusform>%n nog open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="98" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n wacht op synchronisatie</numerusform>
                <numerusform>%n wachten op synchronisatie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="99" />
            <source>%n open exceptions</source>
            <translation>
                <numerusform>%n open uitzondering</numerusform>
                <numerusform>%n open uitzonderingen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="107" />
            <source>Packer</source>
            <translation>Inpakker</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="108" />
            <source>Orders</source>
            <translation>Orders</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="109" />
            <source>Units</source>
            <translation>Artikelen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="110" />
            <source>Mis-scans</source>
            <translation>Foutscans</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="111" />
            <source>Overrides</source>
            <translation>Overschrijvingen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="112" />
            <source>Avg/order</source>
            <translation>Gem./order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="127" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="135" />
            <source>Shipments</source>
            <translation>Zendingen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="147" />
            <source>%n units</source>
            <translation>
                <numerusform>%n artikel</numerusform>
                <numerusform>%n artikelen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuthoriseDialog</name>
        <message>
            <location filename="../../src/packstation/ui/authorise_dialog.py" line="43" />
            <source>Shift lead needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/authorise_dialog.py" line="61" />
            <source>Lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/authorise_dialog.py" line="62" />
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/authorise_dialog.py" line="63" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/authorise_dialog.py" line="65" />
            <source>Or scan the lead's badge.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/authorise_dialog.py" line="92" />
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BatchesController</name>
        <message>
            <location filename="../../src/packstation/ui/batches_controller.py" line="97" />
            <source>{0} batches, {1} orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_controller.py" line="99" />
            <source>No queued order (outside a batch) matches these rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_controller.py" line="111" />
            <source>{0} batches built: filter the queue by a batch's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_controller.py" line="135" />
            <source>{0} of {1} packed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_controller.py" line="182" />
            <source>The slip printer takes labels only: print pick lists with “packstation batches”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_controller.py" line="192" />
            <source>Pick list of {0} printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_controller.py" line="206" />
            <source>{0} packing slips of {1} printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_controller.py" line="217" />
            <source>{0} labels queued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_controller.py" line="219" />
            <source>{0} printed before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_controller.py" line="221" />
            <source>{0} to check at the printer (F11)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_controller.py" line="223" />
            <source>{0} orders not verified yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_controller.py" line="237" />
            <source>{0} closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_controller.py" line="244" />
            <source>Printing…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BatchesView</name>
        <message>
            <location filename="../../src/packstation/ui/batches_view.py" line="44" />
            <source>Batches (Ctrl+B)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_view.py" line="48" />
            <source>Build batches from the queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_view.py" line="50" />
            <source>Single-item orders only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_view.py" line="51" />
            <source>One batch per shipping method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_view.py" line="52" />
            <source>Express first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_view.py" line="56" />
            <source>Only orders with this SKU (empty: any)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_view.py" line="58" />
            <source>Placed before the cut-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_view.py" line="70" />
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_view.py" line="71" />
            <source>Cut-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_view.py" line="72" />
            <source>Orders per batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_view.py" line="76" />
            <source>Build batches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_view.py" line="85" />
            <source>Batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_view.py" line="85" />
            <source>Packed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_view.py" line="85" />
            <source>Units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_view.py" line="85" />
            <source>Built by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_view.py" line="90" />
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_view.py" line="90" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_view.py" line="90" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_view.py" line="105" />
            <source>Print pick list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_view.py" line="106" />
            <source>Print all packing slips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_view.py" line="107" />
            <source>Print labels of verified orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_view.py" line="108" />
            <source>Close batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/batches_view.py" line="109" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StationController</name>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="171" />
            <source>{0} signed out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="195" />
            <source>Welcome, {0}. Scan a packing slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="200" />
            <source>Station {0} · locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="202" />
            <source>Station {0} · {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="212" />
            <source>{0} orders waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="226" />
            <source>Same scan twice from {0} in a moment: counted once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="231" />
            <source>Unreadable scan from {0} ({1}): scan again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="241" />
            <source>disconnected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="244" />
            <source>Scanners: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="262" />
            <source>Scan not handled: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="274" />
            <source>“{0}” is not an order number: scan the packing slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="280" />
            <source>Order {0} is already open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="287" />
            <source>Open an order first: scan its packing slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="299" />
            <source>The scanner types for another keyboard layout (“{0}” was sent). Set the scanner's keyboard country to match this computer (Settings, F12)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="317" />
            <source>Order {0} parked with {1} of {2} units scanned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="326" />
            <source>Continuing {0}: {1} of {2} units already scanned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="334" />
            <source>Scan the items of {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="345" />
            <source>Resumed {0}: {1} of {2} units were scanned before the restart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="358" />
            <source>Scan not checked: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="364" />
            <source>Unreadable scan ({0}): scan the item again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="384" />
            <source>Last scan NOT saved: {0}. Scan it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="389" />
            <source>Not taken: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="391" />
            <source>Now scan the serial number of {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="393" />
            <source>Serial {0} saved for {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="395" />
            <source>All {0} units verified: press F10 to complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="401" />
            <source>Too many: {0} needs only {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="405" />
            <source>Wrong item: {0} is not in this order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="411" />
            <source>Unknown barcode {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="430" />
            <source>This needs a shift lead, and none is set up: add one with “packstation users add --role lead”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="481" />
            <source>Audit entry NOT saved: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="498" />
            <source>Select the line of the item that will not scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="501" />
            <source>Confirm 1 × {0} without a scan?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="520" />
            <source>Confirmed by {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="551" />
            <source>Nothing to undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="559" />
            <source>Undone: {0} × {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="578" />
            <source>Next scan counts {0} units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="594" />
            <source>Choose a reason for the partial shipment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="603" />
            <source>Ship {0} short, {1} of {2} units missing?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="624" />
            <source>Scan the serial number of {0} first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="633" />
            <source>{0} units missing: scan them, or press F9 to ship partial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="640" />
            <source>Completing {0}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="662" />
            <source>Printing {0}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="719" />
            <source>Printer: check {0} job(s) (F11)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="723" />
            <source>Printer: {0} waiting: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="743" />
            <source>Printers: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="770" />
            <source>Manage the people at the stations?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="786" />
            <source>Loading the queue: {0} orders…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="800" />
            <source>Select a job in the print queue first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="813" />
            <source>{0} packed: label and slip printed. Scan the next slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="818" />
            <source>{0} packed; the label may not have printed: check the printer (F11)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="825" />
            <source>{0} packed, NOT printed yet: {1}. Press F7 to retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="843" />
            <source>Nothing to reprint: complete the order first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="846" />
            <source>Reprint the label and slip of {0}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="867" />
            <source>This order is not completed: nothing to void</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="872" />
            <source>No shipment of {0} to void</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="883" />
            <source>Void the shipment of {0} ({1})?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="902" />
            <source>Shipment of {0} void: unpack the box; the shop cancels it on sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="904" />
            <source>Shipment of {0} void: unpack the box; it never reached the shop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="919" />
            <source>Select the held order first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="923" />
            <source>{0} is not on hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="942" />
            <source>{0} released in the shop: syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="947" />
            <source>Release the hold on {0}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="974" />
            <source>● {0} online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="977" />
            <source>○ Offline: packing continues, sync later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="979" />
            <source>{0} waiting to sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="982" />
            <source>Last sync {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="1002" />
            <source>Order {0} is now {1} in the shop: stop packing it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/controller.py" line="1020" />
            <source>Customer note: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <location filename="../../src/packstation/ui/crash.py" line="27" />
            <source>Packstation hit a bug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/crash.py" line="29" />
            <source>Something went wrong inside Packstation. Your scans are saved. Please send the log file to your administrator:
{path}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HourlyChart</name>
        <message>
            <location filename="../../src/packstation/ui/dashboard_view.py" line="54" />
            <source>No orders yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../src/packstation/ui/dashboard_view.py" line="79" />
            <source>Shift dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/dashboard_view.py" line="96" />
            <source>Packer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/dashboard_view.py" line="97" />
            <source>Orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/dashboard_view.py" line="98" />
            <source>Orders/h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/dashboard_view.py" line="99" />
            <source>Units/h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/dashboard_view.py" line="100" />
            <source>Mis-scans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/dashboard_view.py" line="101" />
            <source>Overrides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/dashboard_view.py" line="102" />
            <source>Avg per order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/dashboard_view.py" line="114" />
            <source>Shift report (PDF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/dashboard_view.py" line="115" />
            <source>Shift report (CSV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/dashboard_view.py" line="116" />
            <source>Today's carrier manifest</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardController</name>
        <message>
            <location filename="../../src/packstation/ui/dashboard_view.py" line="156" />
            <source>Figures unavailable: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/dashboard_view.py" line="160" />
            <source>Last {0:.0f} h: {1} orders packed · {2} still open · {3} waiting to sync · {4} open exceptions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/dashboard_view.py" line="207" />
            <source>Carrier cut-off {0} (in {1} h {2:02d} min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/dashboard_view.py" line="211" />
            <source>{0}: every order placed before it is packed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/dashboard_view.py" line="212" />
            <source>{0}: {1} orders still open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/dashboard_view.py" line="214" />
            <source>Carrier cut-off {0} passed: every order placed before it left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/dashboard_view.py" line="217" />
            <source>Carrier cut-off {0} passed: {1} orders missed today's collection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/dashboard_view.py" line="253" />
            <source>Not saved: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/dashboard_view.py" line="256" />
            <source>Saved {0} ({1} shipments)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/dashboard_view.py" line="260" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExceptionsView</name>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="48" />
            <source>Exceptions (F2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="54" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="54" />
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="54" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="54" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="54" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="63" />
            <source>Resolve…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="64" />
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="65" />
            <source>Hold in shop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="66" />
            <source>Release hold…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="67" />
            <source>Cancel the shipment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="68" />
            <source>Contact the customer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="69" />
            <source>Note what the customer was told or agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="70" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExceptionsController</name>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="134" />
            <source>No open exceptions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="165" />
            <source>Working…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="194" />
            <source>Asking the shop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="204" />
            <source>{0} is on hold in the shop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="206" />
            <source>{0} is released in the shop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="214" />
            <source>Put {0} on hold in the shop?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="216" />
            <source>Release the hold on {0} in the shop?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="230" />
            <source>Printing again; resolve this once the documents are out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="239" />
            <source>{0} will be sent to the shop again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="244" />
            <source>Send {0} to the shop again?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="260" />
            <source>The shipment of {0} is void; the order is back in the queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="267" />
            <source>Cancel the shipment of {0}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="280" />
            <source>Contact the customer: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="281" />
            <source>What was the customer told, or what was agreed?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="291" />
            <source>Note saved on {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/exceptions_view.py" line="317" />
            <source>Resolve: {0} on {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/packstation/ui/main_window.py" line="19" />
            <source>Packstation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PackView</name>
        <message>
            <location filename="../../src/packstation/ui/pack_view.py" line="130" />
            <source>Units for the next scan:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack_view.py" line="141" />
            <source>Ship what is scanned; reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack_view.py" line="146" />
            <source>Out of stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack_view.py" line="146" />
            <source>Damaged item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack_view.py" line="146" />
            <source>Customer request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack_view.py" line="151" />
            <source>Choose or type a reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack_view.py" line="154" />
            <source>Ship partial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack_view.py" line="160" />
            <source>Queue (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack_view.py" line="161" />
            <source>Undo (F4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack_view.py" line="162" />
            <source>Quantity (F6)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack_view.py" line="163" />
            <source>Reprint (F8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack_view.py" line="164" />
            <source>Void…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack_view.py" line="165" />
            <source>A shift lead voids the shipment just packed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack_view.py" line="166" />
            <source>Short / partial (F9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack_view.py" line="167" />
            <source>Will not scan (F3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack_view.py" line="168" />
            <source>Complete (F10)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeopleController</name>
        <message>
            <location filename="../../src/packstation/ui/people_controller.py" line="56" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/people_controller.py" line="78" />
            <source>{0} added as {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/people_controller.py" line="86" />
            <source>Select a person first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/people_controller.py" line="92" />
            <source>New PIN saved for {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/people_controller.py" line="105" />
            <source>{0} can no longer sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/people_controller.py" line="109" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message>
            <location filename="../../src/packstation/ui/people_view.py" line="29" />
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/people_view.py" line="35" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/people_view.py" line="35" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/people_view.py" line="35" />
            <source>Badge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/people_view.py" line="35" />
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/people_view.py" line="43" />
            <source>New PIN for the selected person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/people_view.py" line="44" />
            <source>Deactivate the selected person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/people_view.py" line="50" />
            <source>Add a person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/people_view.py" line="59" />
            <source>Scan the badge here, or leave empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/people_view.py" line="63" />
            <source>Leads and admins: at least 4 digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/people_view.py" line="64" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/people_view.py" line="68" />
            <source>PIN (also used for a new PIN)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/people_view.py" line="75" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintQueueView</name>
        <message>
            <location filename="../../src/packstation/ui/print_queue_view.py" line="23" />
            <source>Print queue (F11)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue_view.py" line="35" />
            <source>Retry waiting jobs (F7)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue_view.py" line="36" />
            <source>It printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue_view.py" line="37" />
            <source>It did not print: reprint</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <location filename="../../src/packstation/ui/queue_view.py" line="28" />
            <source>Scan a packing slip to open its order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue_view.py" line="34" />
            <source>Filter by order number, customer or SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue_view.py" line="49" />
            <source>Batches (Ctrl+B)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue_view.py" line="50" />
            <source>Release hold…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue_view.py" line="51" />
            <source>A shift lead releases the selected held order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue_view.py" line="52" />
            <source>Lock (Ctrl+L)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsController</name>
        <message>
            <location filename="../../src/packstation/ui/settings_controller.py" line="52" />
            <source>Serial ports: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings_controller.py" line="54" />
            <source>No serial ports found (keyboard-wedge scanners need none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings_controller.py" line="66" />
            <source>In use: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings_controller.py" line="80" />
            <source>{0} keys, gaps {1}–{2} ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings_controller.py" line="90" />
            <source>broken GS1 data: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings_controller.py" line="94" />
            <source>⚠ this looks like {0} typed for an AZERTY (French) keyboard: set the scanner's keyboard country to match this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings_controller.py" line="106" />
            <source>The slip printer takes labels only: use “packstation commands --out FILE”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings_controller.py" line="120" />
            <source>Command barcodes printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings_controller.py" line="124" />
            <source>Printing the command barcodes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings_controller.py" line="148" />
            <source>Printing a test on {0}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings_controller.py" line="153" />
            <source>Test printed on {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings_controller.py" line="164" />
            <source>Change the printer settings?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings_controller.py" line="198" />
            <source>Saved to {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrinterRow</name>
        <message>
            <location filename="../../src/packstation/ui/settings_view.py" line="41" />
            <source>Test print</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <location filename="../../src/packstation/ui/settings_view.py" line="54" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings_view.py" line="57" />
            <source>Printers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings_view.py" line="61" />
            <source>Shipping labels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings_view.py" line="62" />
            <source>Packing slips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings_view.py" line="64" />
            <source>Scanner test: scan anything, nothing is packed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings_view.py" line="76" />
            <source>Print the command barcodes (scan to complete, undo, short…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings_view.py" line="80" />
            <source>Shop connection…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings_view.py" line="82" />
            <source>People…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShopController</name>
        <message>
            <location filename="../../src/packstation/ui/shop_controller.py" line="100" />
            <source>Enter the shop address, starting with https://</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/shop_controller.py" line="104" />
            <source>Enter the access token, or the client id and secret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/shop_controller.py" line="108" />
            <source>Testing the connection…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/shop_controller.py" line="124" />
            <source>The connection failed: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/shop_controller.py" line="130" />
            <source>Connected to {0} ({1}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/shop_controller.py" line="133" />
            <source>The app lacks these permissions (access scopes):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/shop_controller.py" line="152" />
            <source>Test the connection before saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/shop_controller.py" line="155" />
            <source>Choose at least one location to pack for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/shop_controller.py" line="160" />
            <source>Change the shop connection?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/shop_controller.py" line="168" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShopView</name>
        <message>
            <location filename="../../src/packstation/ui/shop_view.py" line="26" />
            <source>Shop connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/shop_view.py" line="30" />
            <source>Connect this station to your Shopify store. Credentials are kept in this computer's keyring, never in files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/shop_view.py" line="44" />
            <source>Shop address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/shop_view.py" line="45" />
            <source>API version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/shop_view.py" line="47" />
            <source>Admin access token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/shop_view.py" line="48" />
            <source>Client id and secret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/shop_view.py" line="55" />
            <source>Sign in with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/shop_view.py" line="64" />
            <source>Access token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/shop_view.py" line="65" />
            <source>Client id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/shop_view.py" line="66" />
            <source>Client secret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/shop_view.py" line="68" />
            <source>Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/shop_view.py" line="75" />
            <source>Pack orders for these locations:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignInController</name>
        <message>
            <location filename="../../src/packstation/ui/sign_in_controller.py" line="48" />
            <source>Station {0} is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/sign_in_controller.py" line="76" />
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignInView</name>
        <message>
            <location filename="../../src/packstation/ui/sign_in_view.py" line="28" />
            <source>Scan your badge, or choose your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/sign_in_view.py" line="44" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/packstation/ui/sign_in_view.py" line="83" />
            <source>PIN for {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>PickList</name>
        <message>
            <location filename="../../src/packstation/cli.py" line="232" />
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
            <location filename="../../src/packstation/labels/slip.py" line="57" />
            <source>Packing slip {order}</source>
            <translation>Pakbon {order}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="92" />
            <source>REPRINT</source>
            <translation>HERDRUK</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="138" />
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
            <location filename="../../src/packstation/labels/slip.py" line="186" />
            <source>%n units</source>
            <translation>
                <numerusform>%n artikel</numerusform>
                <numerusform>%n artikelen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="190" />
            <source>Part shipment: {reason}</source>
            <translation>Deellevering: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="200" />
            <source>Note from the customer</source>
            <translation>Bericht van de klant</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="210" />
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
            <location filename="../../src/packstation/reports/manifest.py" line="43" />
            <source>Carrier manifest · {carrier} · {date}</source>
            <translation>Vervoerdersmanifest · {carrier} · {date}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="47" />
            <source>From {sender}</source>
            <translation>Van {sender}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/manifest.py" line="48" />
            <source>%n shipments</source>
            <translation>
                <numerusform>%n zending</numerusform>
                <numerusform>%n zendingen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/manifest.py" line="50" />
            <source>%n parcels</source>
            <translation>
                <numerusform>%n pakket</numerusform>
                <numerusform>%n pakketten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="70" />
            <source>Driver's signature: ______________________   Time: ________</source>
            <translation>Handtekening chauffeur: ______________________   Tijd: ________</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="76" />
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
            <location filename="../../src/packstation/reports/shift_report.py" line="95" />
            <source>End of shift · {station} · {start}–{end}</source>
            <translation>Dienstrapport · {station} · {start}–{end}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="101" />
            <source>%n orders packed</source>
            <translation>
                <numerusform>%n order ingepakt</numerusform>
                <numerusform>%n orders ingepakt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="102" />
            <source>%n still open</source>
            <translation>
                <numerusform>%n nog open</numerusform>
                <numerusform>%n nog open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="103" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n wacht op synchronisatie</numerusform>
                <numerusform>%n wachten op synchronisatie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="104" />
            <source>%n open exceptions</source>
            <translation>
                <numerusform>%n open uitzondering</numerusform>
                <numerusform>%n open uitzonderingen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="110" />
            <source>Audit log: {head}</source>
            <translation>Auditlog: {head}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="116" />
            <source>Packer</source>
            <translation>Inpakker</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="117" />
            <source>Orders</source>
            <translation>Orders</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="118" />
            <source>Units</source>
            <translation>Artikelen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="119" />
            <source>Mis-scans</source>
            <translation>Foutscans</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="120" />
            <source>Overrides</source>
            <translation>Overschrijvingen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="121" />
            <source>Avg/order</source>
            <translation>Gem./order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="136" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="144" />
            <source>Shipments</source>
            <translation>Zendingen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="156" />
            <source>%n units</source>
            <translation>
                <numerusform>%n artikel</numerusform>
                <numerusform>%n artikelen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BatchesController</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="92" />
            <source>{0} batches, %n orders</source>
            <translation>
                <numerusform>{0} batches, %n order</numerusform>
                <numerusform>{0} batches, %n orders</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="94" />
            <source>No queued order (outside a batch) matches these rules</source>
            <translation>Geen order in de wachtrij (buiten een batch) voldoet aan deze regels</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="106" />
            <source>{0} batches built: filter the queue by a batch's name</source>
            <translation>{0} batches gemaakt: filter de wachtrij op de naam van een batch</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="130" />
            <source>{0} of {1} packed</source>
            <translation>{0} van {1} ingepakt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="177" />
            <source>The slip printer takes labels only: print pick lists with “packstation batches”</source>
            <translation>De pakbonprinter neemt alleen labels: print picklijsten met “packstation batches”</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="187" />
            <source>Pick list of {0} printed</source>
            <translation>Picklijst van {0} geprint</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="201" />
            <source>{0} packing slips of {1} printed</source>
            <translation>{0} pakbonnen van {1} geprint</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="212" />
            <source>{0} labels queued</source>
            <translation>{0} verzendlabels in de printwachtrij</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="214" />
            <source>{0} printed before</source>
            <translation>{0} eerder geprint</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="216" />
            <source>{0} to check at the printer (F11)</source>
            <translation>{0} te controleren bij de printer (F11)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="218" />
            <source>%n orders not verified yet</source>
            <translation>
                <numerusform>%n order nog niet gecontroleerd</numerusform>
                <numerusform>%n orders nog niet gecontroleerd</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="232" />
            <source>{0} closed</source>
            <translation>{0} gesloten</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="239" />
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
            <location filename="../../src/packstation/ui/lead/claims.py" line="33" />
            <source>Benches and their orders</source>
            <translation>Inpaktafels en hun orders</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="43" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="44" />
            <source>Bench</source>
            <translation>Inpaktafel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="45" />
            <source>Packer</source>
            <translation>Inpakker</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="46" />
            <source>Since</source>
            <translation>Sinds</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="47" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="57" />
            <source>Take over to this bench…</source>
            <translation>Overnemen naar deze inpaktafel…</translation>
        </message>
    </context>
    <context>
        <name>ClaimsController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="93" />
            <source>Benches unavailable: {0}</source>
            <translation>Inpaktafels niet beschikbaar: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="98" />
            <source>{0} orders being packed; {1} at benches that stopped answering</source>
            <translation>{0} orders worden ingepakt; {1} aan inpaktafels die niet meer antwoorden</translation>
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
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="55" />
            <source>No orders yet</source>
            <translation>Nog geen orders</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="80" />
            <source>Shift dashboard</source>
            <translation>Dienstoverzicht</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="98" />
            <source>Packer</source>
            <translation>Inpakker</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="99" />
            <source>Orders</source>
            <translation>Orders</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="100" />
            <source>Orders/h</source>
            <translation>Orders/u</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="101" />
            <source>Units/h</source>
            <translation>Stuks/u</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="102" />
            <source>Mis-scans</source>
            <translation>Foutscans</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="103" />
            <source>Overrides</source>
            <translation>Goedkeuringen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="104" />
            <source>Avg per order</source>
            <translation>Gem. per order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="116" />
            <source>Shift report (PDF)</source>
            <translation>Dienstrapport (PDF)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="117" />
            <source>Shift report (CSV)</source>
            <translation>Dienstrapport (CSV)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="118" />
            <source>Today's carrier manifest</source>
            <translation>Vervoerdersmanifest van vandaag</translation>
        </message>
    </context>
    <context>
        <name>DashboardController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="158" />
            <source>Figures unavailable: {0}</source>
            <translation>Cijfers niet beschikbaar: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="162" />
            <source>Last {0:.0f} h: {1} orders packed · {2} still open · {3} waiting to sync · {4} open exceptions</source>
            <translation>Laatste {0:.0f} u: {1} orders ingepakt · {2} nog open · {3} wachten op sync · {4} open afwijkingen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="209" />
            <source>Carrier cut-off {0} (in {1} h {2:02d} min)</source>
            <translation>Sluittijd vervoerder {0} (over {1} u {2:02d} min)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="213" />
            <source>{0}: every order placed before it is packed</source>
            <translation>{0}: elke order van vóór die tijd is ingepakt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="214" />
            <source>{0}: %n orders still open</source>
            <translation>
                <numerusform>{0}: nog %n order open</numerusform>
                <numerusform>{0}: nog %n orders open</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="216" />
            <source>Carrier cut-off {0} passed: every order placed before it left</source>
            <translation>Sluittijd vervoerder {0} voorbij: elke order van vóór die tijd is vertrokken</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="219" />
            <source>Carrier cut-off {0} passed: %n orders missed today's collection</source>
            <translation>
                <numerusform>Sluittijd vervoerder {0} voorbij: %n order heeft de ophaling van vandaag gemist</numerusform>
                <numerusform>Sluittijd vervoerder {0} voorbij: %n orders hebben de ophaling van vandaag gemist</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="255" />
            <source>Not saved: {0}</source>
            <translation>Niet opgeslagen: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="258" />
            <source>Saved {0} ({1} shipments)</source>
            <translation>{0} opgeslagen ({1} zendingen)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="262" />
            <source>Saving…</source>
            <translation>Opslaan…</translation>
        </message>
    </context>
    <context>
        <name>ExceptionsView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="47" />
            <source>Exceptions (F2)</source>
            <translation>Afwijkingen (F2)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="55" />
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="55" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="55" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="55" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="55" />
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="64" />
            <source>Resolve…</source>
            <translation>Afhandelen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="65" />
            <source>Retry</source>
            <translation>Opnieuw proberen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="66" />
            <source>Hold in shop…</source>
            <translation>In de wacht zetten in webshop…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="67" />
            <source>Release hold…</source>
            <translation>Wachtstand opheffen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="68" />
            <source>Cancel the shipment…</source>
            <translation>Zending annuleren…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="69" />
            <source>Contact the customer…</source>
            <translation>Contact opnemen met klant…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="70" />
            <source>Note what the customer was told or agreed</source>
            <translation>Noteer wat de klant is verteld of wat is afgesproken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="71" />
            <source>Benches… (Ctrl+K)</source>
            <translation>Inpaktafels… (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="73" />
            <source>Orders being packed at every bench; benches that stopped answering</source>
            <translation>Orders die aan elke inpaktafel worden ingepakt; inpaktafels die niet meer antwoorden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="75" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
    </context>
    <context>
        <name>ExceptionsController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="147" />
            <source>No open exceptions.</source>
            <translation>Geen open afwijkingen.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="178" />
            <source>Working…</source>
            <translation>Bezig…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="207" />
            <source>Asking the shop…</source>
            <translation>Webshop raadplegen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="217" />
            <source>{0} is on hold in the shop</source>
            <translation>{0} staat in de wacht in de webshop</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="219" />
            <source>{0} is released in the shop</source>
            <translation>{0} is vrijgegeven in de webshop</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="227" />
            <source>Put {0} on hold in the shop?</source>
            <translation>{0} in de wacht zetten in de webshop?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="229" />
            <source>Release the hold on {0} in the shop?</source>
            <translation>Wachtstand van {0} opheffen in de webshop?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="243" />
            <source>Printing again; resolve this once the documents are out</source>
            <translation>Opnieuw printen; handel dit af zodra de documenten eruit zijn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="252" />
            <source>{0} will be sent to the shop again</source>
            <translation>{0} wordt opnieuw naar de webshop gestuurd</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="257" />
            <source>Send {0} to the shop again?</source>
            <translation>{0} opnieuw naar de webshop sturen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="273" />
            <source>The shipment of {0} is void; the order is back in the queue</source>
            <translation>De zending van {0} is ongeldig; de order staat weer in de wachtrij</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="280" />
            <source>Cancel the shipment of {0}?</source>
            <translation>Zending van {0} annuleren?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="293" />
            <source>Contact the customer: {0}</source>
            <translation>Neem contact op met de klant: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="294" />
            <source>What was the customer told, or what was agreed?</source>
            <translation>Wat is de klant verteld, of wat is afgesproken?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="304" />
            <source>Note saved on {0}</source>
            <translation>Notitie opgeslagen bij {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="330" />
            <source>Resolve: {0} on {1}</source>
            <translation>Afhandelen: {0} bij {1}</translation>
        </message>
    </context>
    <context>
        <name>PeopleController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="56" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="78" />
            <source>{0} added as {1}</source>
            <translation>{0} toegevoegd als {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="86" />
            <source>Select a person first</source>
            <translation>Kies eerst een persoon</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="92" />
            <source>New PIN saved for {0}</source>
            <translation>Nieuwe PIN opgeslagen voor {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="105" />
            <source>{0} can no longer sign in</source>
            <translation>{0} kan niet meer inloggen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="109" />
            <source>Saving…</source>
            <translation>Opslaan…</translation>
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="30" />
            <source>People</source>
            <translation>Medewerkers</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="38" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="38" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="38" />
            <source>Badge</source>
            <translation>Pas</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="38" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="46" />
            <source>New PIN for the selected person</source>
            <translation>Nieuwe PIN voor de gekozen persoon</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="47" />
            <source>Deactivate the selected person</source>
            <translation>Gekozen persoon deactiveren</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="53" />
            <source>Add a person</source>
            <translation>Persoon toevoegen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="62" />
            <source>Scan the badge here, or leave empty</source>
            <translation>Scan hier de pas, of laat leeg</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="66" />
            <source>Leads and admins: at least 4 digits</source>
            <translation>Ploegleiders en beheerders: minstens 4 cijfers</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="67" />
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="71" />
            <source>PIN (also used for a new PIN)</source>
            <translation>PIN (ook voor een nieuwe PIN)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="78" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
    </context>
    <context>
        <name>LeadWindows</name>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="57" />
            <source>Open the dashboard</source>
            <translation>Dienstoverzicht openen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="69" />
            <source>Open batch building</source>
            <translation>Batches samenstellen openen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="80" />
            <source>Open the exceptions</source>
            <translation>Afwijkingen openen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="109" />
            <source>Manage the people at the stations?</source>
            <translation>Medewerkers van de stations beheren?</translation>
        </message>
    </context>
    <context>
        <name>CompletionController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="54" />
            <source>Choose a reason for the partial shipment</source>
            <translation>Kies een reden voor de deellevering</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/completion.py" line="65" />
            <source>Ship {0} short, {1} of %n units missing?</source>
            <translation>
                <numerusform>{0} verzenden met tekort, {1} van %n stuk ontbreekt?</numerusform>
                <numerusform>{0} verzenden met tekort, {1} van %n stuks ontbreken?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="81" />
            <source>{0}; missing: {1}</source>
            <translation>{0}; ontbreekt: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="94" />
            <source>Scan the serial number of {0} first</source>
            <translation>Scan eerst het serienummer van {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/completion.py" line="103" />
            <source>%n units missing: scan them, or press F9 to ship partial</source>
            <translation>
                <numerusform>%n stuk ontbreekt: scan het, of druk op F9 voor een deellevering</numerusform>
                <numerusform>%n stuks ontbreken: scan ze, of druk op F9 voor een deellevering</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="107" />
            <source>Completing {0}…</source>
            <translation>{0} afronden…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="131" />
            <source>Printing {0}…</source>
            <translation>{0} printen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="143" />
            <source>{0}: label and slip reprinted, marked REPRINT</source>
            <translation>{0}: verzendlabel en pakbon opnieuw geprint, gemarkeerd REPRINT</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="145" />
            <source>{0} packed SHORT: label and slip printed. Scan the next slip</source>
            <translation>{0} ingepakt MET TEKORT: verzendlabel en pakbon geprint. Scan de volgende pakbon</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="149" />
            <source>{0} packed: label and slip printed. Scan the next slip</source>
            <translation>{0} ingepakt: verzendlabel en pakbon geprint. Scan de volgende pakbon</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="153" />
            <source>{0} packed; the label may not have printed: check the printer (F11)</source>
            <translation>{0} ingepakt; het verzendlabel is misschien niet geprint: controleer de printer (F11)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="156" />
            <source>{0} packed, NOT printed yet: {1}. Press F7 to retry</source>
            <translation>{0} ingepakt, nog NIET geprint: {1}. Druk op F7 om opnieuw te proberen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="173" />
            <source>Nothing to reprint: complete the order first</source>
            <translation>Niets om opnieuw te printen: rond eerst de order af</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="176" />
            <source>Reprint the label and slip of {0}?</source>
            <translation>Verzendlabel en pakbon van {0} opnieuw printen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="186" />
            <source>Reprinting {0}…</source>
            <translation>{0} opnieuw printen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="199" />
            <source>This order is not completed: nothing to void</source>
            <translation>Deze order is niet afgerond: niets om ongeldig te maken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="204" />
            <source>No shipment of {0} to void</source>
            <translation>Geen zending van {0} om ongeldig te maken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="215" />
            <source>Void the shipment of {0} ({1})?</source>
            <translation>Zending van {0} ({1}) ongeldig maken?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="234" />
            <source>Shipment of {0} void: unpack the box; the shop cancels it on sync</source>
            <translation>Zending van {0} ongeldig: pak de doos uit; de webshop annuleert hem bij de sync</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="236" />
            <source>Shipment of {0} void: unpack the box; it never reached the shop</source>
            <translation>Zending van {0} ongeldig: pak de doos uit; hij heeft de webshop nooit bereikt</translation>
        </message>
    </context>
    <context>
        <name>PackController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="76" />
            <source>Scan the items of {0}</source>
            <translation>Scan de artikelen van {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="81" />
            <source>Parked {0}: {1} of %n units scanned. Scan its slip to continue</source>
            <translation>
                <numerusform>{0} geparkeerd: {1} van %n stuk gescand. Scan de pakbon om verder te gaan</numerusform>
                <numerusform>{0} geparkeerd: {1} van %n stuks gescand. Scan de pakbon om verder te gaan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="91" />
            <source>Continuing {0} that {1} parked: {2} of %n units</source>
            <translation>
                <numerusform>Verder met {0}, geparkeerd door {1}: {2} van %n stuk</numerusform>
                <numerusform>Verder met {0}, geparkeerd door {1}: {2} van %n stuks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="94" />
            <source>Continuing {0}: {1} of %n units</source>
            <translation>
                <numerusform>Verder met {0}: {1} van %n stuk</numerusform>
                <numerusform>Verder met {0}: {1} van %n stuks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="120" />
            <source>Resumed {0}: {1} of %n units were scanned before the restart</source>
            <translation>
                <numerusform>{0} hervat: {1} van %n stuk was gescand vóór de herstart</numerusform>
                <numerusform>{0} hervat: {1} van %n stuks waren gescand vóór de herstart</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="136" />
            <source>Scan not checked: {0}</source>
            <translation>Scan niet gecontroleerd: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="156" />
            <source>Unreadable scan ({0}): scan the item again</source>
            <translation>Onleesbare scan ({0}): scan het artikel opnieuw</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="163" />
            <source>Approved by {0}: {1}</source>
            <translation>Goedgekeurd door {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="191" />
            <source>Last scan NOT saved: {0}. Scan it again</source>
            <translation>Laatste scan NIET opgeslagen: {0}. Scan opnieuw</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="209" />
            <source>Last scan NOT saved: {0}</source>
            <translation>Laatste scan NIET opgeslagen: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="239" />
            <source>Choose the line that will not scan with ↑ ↓, then press F3 again</source>
            <translation>Kies met ↑ ↓ de regel die niet scant en druk nogmaals op F3</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="243" />
            <source>Confirm 1 × {0} without a scan?</source>
            <translation>1 × {0} bevestigen zonder scan?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="264" />
            <source>Confirmed by {0}: {1}</source>
            <translation>Bevestigd door {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="296" />
            <source>Nothing to undo</source>
            <translation>Niets om ongedaan te maken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="304" />
            <source>Undone: {0} × {1}</source>
            <translation>Ongedaan gemaakt: {0} × {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="323" />
            <source>Next scan counts %n units</source>
            <translation>
                <numerusform>Volgende scan telt %n stuk</numerusform>
                <numerusform>Volgende scan telt %n stuks</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="368" />
            <source>Order {0} is now {1} in the shop: stop packing it</source>
            <translation>Order {0} is nu {1} in de webshop: stop met inpakken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="384" />
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
        <name>ScanRouter</name>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="43" />
            <source>Scan not handled: {0}</source>
            <translation>Scan niet verwerkt: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="59" />
            <source>No order {0} in the queue</source>
            <translation>Geen order {0} in de wachtrij</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="64" />
            <source>“{0}” is not an order number: scan the packing slip</source>
            <translation>“{0}” is geen ordernummer: scan de pakbon</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="70" />
            <source>Order {0} is already open</source>
            <translation>Order {0} is al open</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="81" />
            <source>Open an order first: scan its packing slip</source>
            <translation>Open eerst een order: scan de pakbon</translation>
        </message>
    </context>
    <context>
        <name>PackView</name>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="125" />
            <source>Units for the next scan:</source>
            <translation>Stuks voor de volgende scan:</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="137" />
            <source>Ship what is scanned; reason:</source>
            <translation>Verzend wat gescand is; reden:</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="144" />
            <source>Out of stock</source>
            <translation>Niet op voorraad</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="144" />
            <source>Damaged item</source>
            <translation>Beschadigd artikel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="144" />
            <source>Customer request</source>
            <translation>Verzoek van klant</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="149" />
            <source>Choose or type a reason</source>
            <translation>Kies of typ een reden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="152" />
            <source>Ship partial</source>
            <translation>Deellevering verzenden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="165" />
            <source>Queue (Esc)</source>
            <translation>Wachtrij (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="166" />
            <source>Undo (F4)</source>
            <translation>Ongedaan maken (F4)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="167" />
            <source>Quantity (F6)</source>
            <translation>Aantal (F6)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="168" />
            <source>Reprint (F8)</source>
            <translation>Opnieuw printen (F8)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="169" />
            <source>Void…</source>
            <translation>Ongeldig maken…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="170" />
            <source>A shift lead voids the shipment just packed</source>
            <translation>Een ploegleider maakt de zojuist ingepakte zending ongeldig</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="171" />
            <source>Short / partial (F9)</source>
            <translation>Tekort / deellevering (F9)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="172" />
            <source>Will not scan (F3)</source>
            <translation>Scant niet (F3)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="173" />
            <source>Complete (F10)</source>
            <translation>Afronden (F10)</translation>
        </message>
    </context>
    <context>
        <name>ScanWords</name>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="57" />
            <source>Not taken: {0}</source>
            <translation>Niet geaccepteerd: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="59" />
            <source>Now scan the serial number of {0}</source>
            <translation>Scan nu het serienummer van {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="63" />
            <source>Serial {0} saved for {1}</source>
            <translation>Serienummer {0} opgeslagen voor {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="70" />
            <source>{0} counted, but it expired on {1} ({2} days ago): check the item</source>
            <translation>{0} geteld, maar verlopen op {1} ({2} dagen geleden): controleer het artikel</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/words.py" line="74" />
            <source>All %n units verified: press F10 to complete</source>
            <translation>
                <numerusform>%n stuk gecontroleerd: druk op F10 om af te ronden</numerusform>
                <numerusform>Alle %n stuks gecontroleerd: druk op F10 om af te ronden</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="80" />
            <source>Too many: {0} needs only {1}</source>
            <translation>Te veel: {0} heeft er maar {1} nodig</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="84" />
            <source>Wrong item: {0} is not in this order</source>
            <translation>Verkeerd artikel: {0} zit niet in deze order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="92" />
            <source>Unknown barcode {0}</source>
            <translation>Onbekende barcode {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="96" />
            <source>Misread (the check digit is wrong): scan again</source>
            <translation>Verkeerd gelezen (het controlecijfer klopt niet): scan opnieuw</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="101" />
            <source>French AZERTY</source>
            <translation>Frans AZERTY</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="102" />
            <source>Danish, Swedish or Norwegian</source>
            <translation>Deens, Zweeds of Noors</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="106" />
            <source>This looks like “{0}” from a scanner set for a US keyboard, on this computer's {1} keyboard layout. Set the scanner's keyboard country to {1} (its manual's barcodes), or make it a serial scanner (Settings, F12)</source>
            <translation>Dit lijkt “{0}” van een scanner ingesteld op een Amerikaans toetsenbord, op de {1} toetsenbordindeling van deze computer. Zet het toetsenbordland van de scanner op {1} (de barcodes in de handleiding), of maak er een seriële scanner van (Instellingen, F12)</translation>
        </message>
    </context>
    <context>
        <name>PrintQueueController</name>
        <message>
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="94" />
            <source>Printer: check {0} job(s) (F11)</source>
            <translation>Printer: controleer {0} taak/taken (F11)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="98" />
            <source>Printer: {0} waiting: {1}</source>
            <translation>Printer: {0} wachten: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="128" />
            <source>Printers: {0}</source>
            <translation>Printers: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="140" />
            <source>Select a job in the print queue first</source>
            <translation>Kies eerst een taak in de printwachtrij</translation>
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
            <location filename="../../src/packstation/ui/queue/controller.py" line="49" />
            <source>Queue not reloaded: {0}</source>
            <translation>Wachtrij niet opnieuw geladen: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/controller.py" line="70" />
            <source>Filter on: %n of {0} orders shown (Esc clears it)</source>
            <translation>
                <numerusform>Filter aan: %n van {0} orders getoond (Esc wist het)</numerusform>
                <numerusform>Filter aan: %n van {0} orders getoond (Esc wist het)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/controller.py" line="77" />
            <source>%n orders waiting</source>
            <translation>
                <numerusform>%n order wacht</numerusform>
                <numerusform>%n orders wachten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="94" />
            <source>Select the held order first</source>
            <translation>Kies eerst de order die in de wacht staat</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="98" />
            <source>{0} is not on hold</source>
            <translation>{0} staat niet in de wacht</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="120" />
            <source>Hold on {0} released in the shop: it can be packed after the sync</source>
            <translation>Wachtstand van {0} opgeheven in de webshop: de order kan na de sync worden ingepakt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="127" />
            <source>The shop still holds {0}: the station can release only holds it placed itself. Release this one in the shop's admin</source>
            <translation>De webshop houdt {0} nog in de wacht: het station kan alleen een wachtstand opheffen die het zelf heeft gezet. Hef deze op in het beheer van de webshop</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="134" />
            <source>Release the hold on {0}?</source>
            <translation>Wachtstand van {0} opheffen?</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="107" />
            <source>Claim expired: {0} silent since {1} ({2})</source>
            <translation>Claim verlopen: {0} stil sinds {1} ({2})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="110" />
            <source>Being packed at {0} by {1}</source>
            <translation>Wordt ingepakt aan {0} door {1}</translation>
        </message>
    </context>
    <context>
        <name>QueueTakeOver</name>
        <message>
            <location filename="../../src/packstation/ui/queue/take_over.py" line="39" />
            <source>Select the order to take over (Ctrl+K lists every bench's orders)</source>
            <translation>Kies de order die overgenomen moet worden (Ctrl+K toont alle inpaktafels en hun orders)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/take_over.py" line="46" />
            <source>{0} is not being packed at another bench: scan its slip</source>
            <translation>{0} wordt niet aan een andere inpaktafel ingepakt: scan de pakbon</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="30" />
            <source>Scan a packing slip to open its order</source>
            <translation>Scan een pakbon om de order te openen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="34" />
            <source>Filter by order number, customer or SKU</source>
            <translation>Filter op ordernummer, klant of SKU</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="47" />
            <source>Batches (Ctrl+B)</source>
            <translation>Batches (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="48" />
            <source>Release hold…</source>
            <translation>Wachtstand opheffen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="49" />
            <source>A shift lead releases the selected held order</source>
            <translation>Een ploegleider heft de wachtstand van de gekozen order op</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="50" />
            <source>Take over… (Ctrl+T)</source>
            <translation>Overnemen… (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="52" />
            <source>A shift lead moves the selected order from another bench to this one</source>
            <translation>Een ploegleider verplaatst de gekozen order van een andere inpaktafel naar deze</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="54" />
            <source>Lock (Ctrl+L)</source>
            <translation>Vergrendelen (Ctrl+L)</translation>
        </message>
    </context>
    <context>
        <name>SettingsController</name>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="52" />
            <source>Serial ports: {0}</source>
            <translation>Seriële poorten: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="54" />
            <source>No serial ports found (keyboard-wedge scanners need none)</source>
            <translation>Geen seriële poorten gevonden (toetsenbordscanners hebben er geen nodig)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="66" />
            <source>In use: {0}</source>
            <translation>In gebruik: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="80" />
            <source>{0} keys, gaps {1}–{2} ms</source>
            <translation>{0} toetsen, tussenpozen {1}–{2} ms</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="90" />
            <source>broken GS1 data: {0}</source>
            <translation>ongeldige GS1-gegevens: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="94" />
            <source>French AZERTY</source>
            <translation>Frans AZERTY</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="96" />
            <source>Danish, Swedish or Norwegian</source>
            <translation>Deens, Zweeds of Noors</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="99" />
            <source>⚠ this looks like {0} typed for a {1} keyboard: set the scanner's keyboard country to match this computer</source>
            <translation>⚠ dit lijkt {0} getypt voor een {1} toetsenbord: zet het toetsenbordland van de scanner gelijk aan deze computer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="111" />
            <source>The slip printer takes labels only: use “packstation commands --out FILE”</source>
            <translation>De pakbonprinter neemt alleen labels: gebruik “packstation commands --out FILE”</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="125" />
            <source>Command barcodes printed</source>
            <translation>Commandobarcodes geprint</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="129" />
            <source>Printing the command barcodes…</source>
            <translation>Commandobarcodes printen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="153" />
            <source>Printing a test on {0}…</source>
            <translation>Testafdruk printen op {0}…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="158" />
            <source>Test printed on {0}</source>
            <translation>Testafdruk geprint op {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="169" />
            <source>Change the printer settings?</source>
            <translation>Printerinstellingen wijzigen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="203" />
            <source>Saved to {0}</source>
            <translation>Opgeslagen in {0}</translation>
        </message>
    </context>
    <context>
        <name>ShopController</name>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="100" />
            <source>Enter the shop address, starting with https://</source>
            <translation>Vul het webshopadres in, beginnend met https://</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="104" />
            <source>Enter the access token, or the client id and secret</source>
            <translation>Vul de access token in, of de client-id en het secret</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="108" />
            <source>Testing the connection…</source>
            <translation>Verbinding testen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="124" />
            <source>The connection failed: {0}</source>
            <translation>De verbinding is mislukt: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="130" />
            <source>Connected to {0} ({1}).</source>
            <translation>Verbonden met {0} ({1}).</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="133" />
            <source>The app lacks these permissions (access scopes):</source>
            <translation>De app mist deze rechten (access scopes):</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="152" />
            <source>Test the connection before saving</source>
            <translation>Test de verbinding voordat je opslaat</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="155" />
            <source>Choose at least one location to pack for</source>
            <translation>Kies minstens één locatie om voor in te pakken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="160" />
            <source>Change the shop connection?</source>
            <translation>Webshopkoppeling wijzigen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="168" />
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
    </context>
    <context>
        <name>AuthoriseDialog</name>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="47" />
            <source>Shift lead needed</source>
            <translation>Ploegleider nodig</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="73" />
            <source>Signed in as shift lead: {0}</source>
            <translation>Ingelogd als ploegleider: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="76" />
            <source>Lead</source>
            <translation>Ploegleider</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="77" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="78" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="80" />
            <source>Or scan the lead's badge.</source>
            <translation>Of scan de pas van de ploegleider.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="139" />
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
            <location filename="../../src/packstation/ui/shared/state.py" line="106" />
            <source>Audit entry NOT saved: {0}</source>
            <translation>Logregel NIET opgeslagen: {0}</translation>
        </message>
    </context>
    <context>
        <name>TakeOver</name>
        <message>
            <location filename="../../src/packstation/ui/shared/take_over.py" line="26" />
            <source>Take {0} over to this bench? It is {1}; count its items again here</source>
            <translation>{0} overnemen naar deze inpaktafel? De order wordt {1}; tel de artikelen hier opnieuw</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/take_over.py" line="30" />
            <source>Take {0} over to this bench? Count its items again here</source>
            <translation>{0} overnemen naar deze inpaktafel? Tel de artikelen hier opnieuw</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/take_over.py" line="57" />
            <source>{0} took {1} over to this bench: count all its items again</source>
            <translation>{0} heeft {1} overgenomen naar deze inpaktafel: tel alle artikelen opnieuw</translation>
        </message>
    </context>
    <context>
        <name>AboutBox</name>
        <message>
            <location filename="../../src/packstation/ui/shell/about.py" line="18" />
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
            <location filename="../../src/packstation/ui/shell/station.py" line="225" />
            <source>{0} signed out</source>
            <translation>{0} is uitgelogd</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="229" />
            <source>Locked: nobody used the station for a while</source>
            <translation>Vergrendeld: niemand heeft het station een tijdje gebruikt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="253" />
            <source>Welcome, {0}. Scan a packing slip</source>
            <translation>Welkom, {0}. Scan een pakbon</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="258" />
            <source>Station {0} · locked</source>
            <translation>Station {0} · vergrendeld</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="260" />
            <source>Station {0} · {1}</source>
            <translation>Station {0} · {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="268" />
            <source>Same scan twice from {0} in a moment: counted once</source>
            <translation>Dezelfde scan twee keer kort na elkaar van {0}: één keer geteld</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="273" />
            <source>Unreadable scan from {0} ({1}): scan again</source>
            <translation>Onleesbare scan van {0} ({1}): scan opnieuw</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="283" />
            <source>disconnected</source>
            <translation>niet verbonden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="286" />
            <source>Scanners: {0}</source>
            <translation>Scanners: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="326" />
            <source>Database reachable again: scans are saved</source>
            <translation>Database weer bereikbaar: scans worden opgeslagen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="336" />
            <source>✗ Database unreachable: scans are not saved</source>
            <translation>✗ Database onbereikbaar: scans worden niet opgeslagen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="366" />
            <source>⚠ {0}: {1}</source>
            <translation>⚠ {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="369" />
            <source>● {0} online</source>
            <translation>● {0} online</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="372" />
            <source>○ Offline: packing continues, sync later</source>
            <translation>○ Offline: inpakken gaat door, later synchroniseren</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="374" />
            <source>{0} waiting to sync</source>
            <translation>{0} wachten op sync</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="377" />
            <source>Last sync {0}</source>
            <translation>Laatste sync {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/shell/station.py" line="384" />
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
            <location filename="../../src/packstation/ui/sign_in/controller.py" line="48" />
            <source>Station {0} is locked</source>
            <translation>Station {0} is vergrendeld</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/sign_in/controller.py" line="76" />
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
    <context>
        <name>PickList</name>
        <message>
            <location filename="../../src/packstation/cli.py" line="232" />
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
        <name>BatchesController</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="92" />
            <source>{0} batches, %n orders</source>
            <translation>
                <numerusform>{0} batcher, %n order</numerusform>
                <numerusform>{0} batcher, %n ordrar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="94" />
            <source>No queued order (outside a batch) matches these rules</source>
            <translation>Ingen order i kön (utanför en batch) matchar reglerna</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="106" />
            <source>{0} batches built: filter the queue by a batch's name</source>
            <translation>{0} batcher skapade: filtrera kön på batchens namn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="130" />
            <source>{0} of {1} packed</source>
            <translation>{0} av {1} packade</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="177" />
            <source>The slip printer takes labels only: print pick lists with “packstation batches”</source>
            <translation>Följesedelsskrivaren tar bara etiketter: skriv ut plocklistor med ”packstation batches”</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="187" />
            <source>Pick list of {0} printed</source>
            <translation>Plocklista för {0} utskriven</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="201" />
            <source>{0} packing slips of {1} printed</source>
            <translation>{0} följesedlar av {1} utskrivna</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="212" />
            <source>{0} labels queued</source>
            <translation>{0} etiketter i utskriftskön</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="214" />
            <source>{0} printed before</source>
            <translation>{0} utskrivna tidigare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="216" />
            <source>{0} to check at the printer (F11)</source>
            <translation>{0} att kontrollera vid skrivaren (F11)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="218" />
            <source>%n orders not verified yet</source>
            <translation>
                <numerusform>%n order inte kontrollerad än</numerusform>
                <numerusform>%n ordrar inte kontrollerade än</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="232" />
            <source>{0} closed</source>
            <translation>{0} stängd</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="239" />
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
            <location filename="../../src/packstation/ui/lead/claims.py" line="33" />
            <source>Benches and their orders</source>
            <translation>Packbord och deras ordrar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="43" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="44" />
            <source>Bench</source>
            <translation>Packbord</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="45" />
            <source>Packer</source>
            <translation>Packare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="46" />
            <source>Since</source>
            <translation>Sedan</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="47" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="57" />
            <source>Take over to this bench…</source>
            <translation>Ta över till detta packbord…</translation>
        </message>
    </context>
    <context>
        <name>ClaimsController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="93" />
            <source>Benches unavailable: {0}</source>
            <translation>Packborden är inte tillgängliga: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="98" />
            <source>{0} orders being packed; {1} at benches that stopped answering</source>
            <translation>{0} ordrar packas; {1} vid packbord som slutat svara</translation>
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
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="55" />
            <source>No orders yet</source>
            <translation>Inga ordrar än</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="80" />
            <source>Shift dashboard</source>
            <translation>Skiftöversikt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="98" />
            <source>Packer</source>
            <translation>Packare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="99" />
            <source>Orders</source>
            <translation>Ordrar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="100" />
            <source>Orders/h</source>
            <translation>Ordrar/h</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="101" />
            <source>Units/h</source>
            <translation>Enheter/h</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="102" />
            <source>Mis-scans</source>
            <translation>Felskanningar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="103" />
            <source>Overrides</source>
            <translation>Godkännanden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="104" />
            <source>Avg per order</source>
            <translation>Snitt per order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="116" />
            <source>Shift report (PDF)</source>
            <translation>Skiftrapport (PDF)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="117" />
            <source>Shift report (CSV)</source>
            <translation>Skiftrapport (CSV)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="118" />
            <source>Today's carrier manifest</source>
            <translation>Dagens manifest till transportören</translation>
        </message>
    </context>
    <context>
        <name>DashboardController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="158" />
            <source>Figures unavailable: {0}</source>
            <translation>Siffror saknas: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="162" />
            <source>Last {0:.0f} h: {1} orders packed · {2} still open · {3} waiting to sync · {4} open exceptions</source>
            <translation>Senaste {0:.0f} h: {1} ordrar packade · {2} öppna · {3} väntar på synk · {4} öppna avvikelser</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="209" />
            <source>Carrier cut-off {0} (in {1} h {2:02d} min)</source>
            <translation>Transportörens stopptid {0} (om {1} h {2:02d} min)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="213" />
            <source>{0}: every order placed before it is packed</source>
            <translation>{0}: alla ordrar lagda före den är packade</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="214" />
            <source>{0}: %n orders still open</source>
            <translation>
                <numerusform>{0}: %n order fortfarande öppen</numerusform>
                <numerusform>{0}: %n ordrar fortfarande öppna</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="216" />
            <source>Carrier cut-off {0} passed: every order placed before it left</source>
            <translation>Transportörens stopptid {0} har passerat: alla ordrar lagda före den har skickats</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="219" />
            <source>Carrier cut-off {0} passed: %n orders missed today's collection</source>
            <translation>
                <numerusform>Transportörens stopptid {0} har passerat: %n order missade dagens hämtning</numerusform>
                <numerusform>Transportörens stopptid {0} har passerat: %n ordrar missade dagens hämtning</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="255" />
            <source>Not saved: {0}</source>
            <translation>Inte sparad: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="258" />
            <source>Saved {0} ({1} shipments)</source>
            <translation>Sparade {0} ({1} sändningar)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="262" />
            <source>Saving…</source>
            <translation>Sparar…</translation>
        </message>
    </context>
    <context>
        <name>ExceptionsView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="47" />
            <source>Exceptions (F2)</source>
            <translation>Avvikelser (F2)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="55" />
            <source>When</source>
            <translation>När</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="55" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="55" />
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="55" />
            <source>Details</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="55" />
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="64" />
            <source>Resolve…</source>
            <translation>Åtgärda…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="65" />
            <source>Retry</source>
            <translation>Försök igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="66" />
            <source>Hold in shop…</source>
            <translation>Spärra i butiken…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="67" />
            <source>Release hold…</source>
            <translation>Häv spärren…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="68" />
            <source>Cancel the shipment…</source>
            <translation>Avbryt sändningen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="69" />
            <source>Contact the customer…</source>
            <translation>Kontakta kunden…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="70" />
            <source>Note what the customer was told or agreed</source>
            <translation>Anteckna vad kunden fick veta eller vad ni kom överens om</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="71" />
            <source>Benches… (Ctrl+K)</source>
            <translation>Packbord… (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="73" />
            <source>Orders being packed at every bench; benches that stopped answering</source>
            <translation>Ordrar som packas vid varje packbord; packbord som slutat svara</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="75" />
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
    </context>
    <context>
        <name>ExceptionsController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="147" />
            <source>No open exceptions.</source>
            <translation>Inga öppna avvikelser.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="178" />
            <source>Working…</source>
            <translation>Arbetar…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="207" />
            <source>Asking the shop…</source>
            <translation>Frågar butiken…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="217" />
            <source>{0} is on hold in the shop</source>
            <translation>{0} är spärrad i butiken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="219" />
            <source>{0} is released in the shop</source>
            <translation>{0} är frisläppt i butiken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="227" />
            <source>Put {0} on hold in the shop?</source>
            <translation>Spärra {0} i butiken?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="229" />
            <source>Release the hold on {0} in the shop?</source>
            <translation>Häva spärren för {0} i butiken?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="243" />
            <source>Printing again; resolve this once the documents are out</source>
            <translation>Skriver ut igen; åtgärda detta när dokumenten är utskrivna</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="252" />
            <source>{0} will be sent to the shop again</source>
            <translation>{0} skickas till butiken igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="257" />
            <source>Send {0} to the shop again?</source>
            <translation>Skicka {0} till butiken igen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="273" />
            <source>The shipment of {0} is void; the order is back in the queue</source>
            <translation>Sändningen för {0} är makulerad; ordern är tillbaka i kön</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="280" />
            <source>Cancel the shipment of {0}?</source>
            <translation>Avbryta sändningen för {0}?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="293" />
            <source>Contact the customer: {0}</source>
            <translation>Kontakta kunden: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="294" />
            <source>What was the customer told, or what was agreed?</source>
            <translation>Vad fick kunden veta, eller vad kom ni överens om?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="304" />
            <source>Note saved on {0}</source>
            <translation>Anteckning sparad på {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="330" />
            <source>Resolve: {0} on {1}</source>
            <translation>Åtgärda: {0} på {1}</translation>
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
            <translation>{0} tillagd som {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="86" />
            <source>Select a person first</source>
            <translation>Välj en person först</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="92" />
            <source>New PIN saved for {0}</source>
            <translation>Ny PIN sparad för {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="105" />
            <source>{0} can no longer sign in</source>
            <translation>{0} kan inte längre logga in</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="109" />
            <source>Saving…</source>
            <translation>Sparar…</translation>
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="30" />
            <source>People</source>
            <translation>Personer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="38" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="38" />
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="38" />
            <source>Badge</source>
            <translation>Passerkort</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="38" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="46" />
            <source>New PIN for the selected person</source>
            <translation>Ny PIN för vald person</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="47" />
            <source>Deactivate the selected person</source>
            <translation>Inaktivera vald person</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="53" />
            <source>Add a person</source>
            <translation>Lägg till en person</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="62" />
            <source>Scan the badge here, or leave empty</source>
            <translation>Skanna passerkortet här, eller lämna tomt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="66" />
            <source>Leads and admins: at least 4 digits</source>
            <translation>Skiftledare och administratörer: minst 4 siffror</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="67" />
            <source>Add</source>
            <translation>Lägg till</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="71" />
            <source>PIN (also used for a new PIN)</source>
            <translation>PIN (används även för ny PIN)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="78" />
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
            <location filename="../../src/packstation/ui/pack/completion.py" line="54" />
            <source>Choose a reason for the partial shipment</source>
            <translation>Välj en orsak till delleveransen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/completion.py" line="65" />
            <source>Ship {0} short, {1} of %n units missing?</source>
            <translation>
                <numerusform>Skicka {0} med brist, {1} av %n enhet saknas?</numerusform>
                <numerusform>Skicka {0} med brist, {1} av %n enheter saknas?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="81" />
            <source>{0}; missing: {1}</source>
            <translation>{0}; saknas: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="94" />
            <source>Scan the serial number of {0} first</source>
            <translation>Skanna serienumret för {0} först</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/completion.py" line="103" />
            <source>%n units missing: scan them, or press F9 to ship partial</source>
            <translation>
                <numerusform>%n enhet saknas: skanna den, eller tryck F9 för delleverans</numerusform>
                <numerusform>%n enheter saknas: skanna dem, eller tryck F9 för delleverans</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="107" />
            <source>Completing {0}…</source>
            <translation>Avslutar {0}…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="131" />
            <source>Printing {0}…</source>
            <translation>Skriver ut {0}…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="143" />
            <source>{0}: label and slip reprinted, marked REPRINT</source>
            <translation>{0}: etikett och följesedel utskrivna igen, märkta REPRINT</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="145" />
            <source>{0} packed SHORT: label and slip printed. Scan the next slip</source>
            <translation>{0} packad MED BRIST: etikett och följesedel utskrivna. Skanna nästa följesedel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="149" />
            <source>{0} packed: label and slip printed. Scan the next slip</source>
            <translation>{0} packad: etikett och följesedel utskrivna. Skanna nästa följesedel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="153" />
            <source>{0} packed; the label may not have printed: check the printer (F11)</source>
            <translation>{0} packad; etiketten kanske inte skrevs ut: kontrollera skrivaren (F11)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="156" />
            <source>{0} packed, NOT printed yet: {1}. Press F7 to retry</source>
            <translation>{0} packad, INTE utskriven än: {1}. Tryck F7 för att försöka igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="173" />
            <source>Nothing to reprint: complete the order first</source>
            <translation>Inget att skriva ut igen: slutför ordern först</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="176" />
            <source>Reprint the label and slip of {0}?</source>
            <translation>Skriva ut etiketten och följesedeln för {0} igen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="186" />
            <source>Reprinting {0}…</source>
            <translation>Skriver ut {0} igen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="199" />
            <source>This order is not completed: nothing to void</source>
            <translation>Den här ordern är inte slutförd: inget att makulera</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="204" />
            <source>No shipment of {0} to void</source>
            <translation>Ingen sändning för {0} att makulera</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="215" />
            <source>Void the shipment of {0} ({1})?</source>
            <translation>Makulera sändningen för {0} ({1})?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="234" />
            <source>Shipment of {0} void: unpack the box; the shop cancels it on sync</source>
            <translation>Sändningen för {0} makulerad: packa upp lådan; butiken avbryter den vid synk</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="236" />
            <source>Shipment of {0} void: unpack the box; it never reached the shop</source>
            <translation>Sändningen för {0} makulerad: packa upp lådan; den nådde aldrig butiken</translation>
        </message>
    </context>
    <context>
        <name>PackController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="76" />
            <source>Scan the items of {0}</source>
            <translation>Skanna artiklarna i {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="81" />
            <source>Parked {0}: {1} of %n units scanned. Scan its slip to continue</source>
            <translation>
                <numerusform>Parkerade {0}: {1} av %n enhet skannad. Skanna följesedeln för att fortsätta</numerusform>
                <numerusform>Parkerade {0}: {1} av %n enheter skannade. Skanna följesedeln för att fortsätta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="91" />
            <source>Continuing {0} that {1} parked: {2} of %n units</source>
            <translation>
                <numerusform>Fortsätter {0} som {1} parkerade: {2} av %n enhet</numerusform>
                <numerusform>Fortsätter {0} som {1} parkerade: {2} av %n enheter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="94" />
            <source>Continuing {0}: {1} of %n units</source>
            <translation>
                <numerusform>Fortsätter {0}: {1} av %n enhet</numerusform>
                <numerusform>Fortsätter {0}: {1} av %n enheter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="120" />
            <source>Resumed {0}: {1} of %n units were scanned before the restart</source>
            <translation>
                <numerusform>Återupptog {0}: {1} av %n enhet skannades före omstarten</numerusform>
                <numerusform>Återupptog {0}: {1} av %n enheter skannades före omstarten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="136" />
            <source>Scan not checked: {0}</source>
            <translation>Skanningen kontrollerades inte: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="156" />
            <source>Unreadable scan ({0}): scan the item again</source>
            <translation>Oläslig skanning ({0}): skanna artikeln igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="163" />
            <source>Approved by {0}: {1}</source>
            <translation>Godkänd av {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="191" />
            <source>Last scan NOT saved: {0}. Scan it again</source>
            <translation>Senaste skanningen INTE sparad: {0}. Skanna den igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="209" />
            <source>Last scan NOT saved: {0}</source>
            <translation>Senaste skanningen INTE sparad: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="239" />
            <source>Choose the line that will not scan with ↑ ↓, then press F3 again</source>
            <translation>Välj raden som inte går att skanna med ↑ ↓ och tryck F3 igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="243" />
            <source>Confirm 1 × {0} without a scan?</source>
            <translation>Bekräfta 1 × {0} utan skanning?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="264" />
            <source>Confirmed by {0}: {1}</source>
            <translation>Bekräftat av {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="296" />
            <source>Nothing to undo</source>
            <translation>Inget att ångra</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="304" />
            <source>Undone: {0} × {1}</source>
            <translation>Ångrat: {0} × {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="323" />
            <source>Next scan counts %n units</source>
            <translation>
                <numerusform>Nästa skanning räknas som %n enhet</numerusform>
                <numerusform>Nästa skanning räknas som %n enheter</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="368" />
            <source>Order {0} is now {1} in the shop: stop packing it</source>
            <translation>Order {0} är nu {1} i butiken: sluta packa den</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="384" />
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
        <name>ScanRouter</name>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="43" />
            <source>Scan not handled: {0}</source>
            <translation>Skanningen hanterades inte: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="59" />
            <source>No order {0} in the queue</source>
            <translation>Ingen order {0} i kön</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="64" />
            <source>“{0}” is not an order number: scan the packing slip</source>
            <translation>”{0}” är inget ordernummer: skanna följesedeln</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="70" />
            <source>Order {0} is already open</source>
            <translation>Order {0} är redan öppen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="81" />
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
            <location filename="../../src/packstation/ui/pack/words.py" line="57" />
            <source>Not taken: {0}</source>
            <translation>Inte godtagen: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="59" />
            <source>Now scan the serial number of {0}</source>
            <translation>Skanna nu serienumret för {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="63" />
            <source>Serial {0} saved for {1}</source>
            <translation>Serienummer {0} sparat för {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="70" />
            <source>{0} counted, but it expired on {1} ({2} days ago): check the item</source>
            <translation>{0} räknad, men gick ut {1} (för {2} dagar sedan): kontrollera varan</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/words.py" line="74" />
            <source>All %n units verified: press F10 to complete</source>
            <translation>
                <numerusform>%n enhet kontrollerad: tryck F10 för att slutföra</numerusform>
                <numerusform>Alla %n enheter kontrollerade: tryck F10 för att slutföra</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="80" />
            <source>Too many: {0} needs only {1}</source>
            <translation>För många: {0} behöver bara {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="84" />
            <source>Wrong item: {0} is not in this order</source>
            <translation>Fel artikel: {0} finns inte i den här ordern</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="92" />
            <source>Unknown barcode {0}</source>
            <translation>Okänd streckkod {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="96" />
            <source>Misread (the check digit is wrong): scan again</source>
            <translation>Felläst (kontrollsiffran stämmer inte): skanna igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="101" />
            <source>French AZERTY</source>
            <translation>franskt AZERTY</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="102" />
            <source>Danish, Swedish or Norwegian</source>
            <translation>danskt, svenskt eller norskt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="106" />
            <source>This looks like “{0}” from a scanner set for a US keyboard, on this computer's {1} keyboard layout. Set the scanner's keyboard country to {1} (its manual's barcodes), or make it a serial scanner (Settings, F12)</source>
            <translation>Det ser ut som “{0}” från en skanner inställd för amerikanskt tangentbord, på den här datorns {1} tangentbordslayout. Ställ in skannerns tangentbordsland till {1} (streckkoderna i dess manual), eller gör den till en seriell skanner (Inställningar, F12)</translation>
        </message>
    </context>
    <context>
        <name>PrintQueueController</name>
        <message>
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="94" />
            <source>Printer: check {0} job(s) (F11)</source>
            <translation>Skrivare: kontrollera {0} jobb (F11)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="98" />
            <source>Printer: {0} waiting: {1}</source>
            <translation>Skrivare: {0} väntar: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="128" />
            <source>Printers: {0}</source>
            <translation>Skrivare: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="140" />
            <source>Select a job in the print queue first</source>
            <translation>Välj ett jobb i utskriftskön först</translation>
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
            <location filename="../../src/packstation/ui/queue/controller.py" line="49" />
            <source>Queue not reloaded: {0}</source>
            <translation>Kön inte omladdad: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/controller.py" line="70" />
            <source>Filter on: %n of {0} orders shown (Esc clears it)</source>
            <translation>
                <numerusform>Filter på: %n av {0} ordrar visas (Esc tar bort det)</numerusform>
                <numerusform>Filter på: %n av {0} ordrar visas (Esc tar bort det)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/controller.py" line="77" />
            <source>%n orders waiting</source>
            <translation>
                <numerusform>%n order väntar</numerusform>
                <numerusform>%n ordrar väntar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="94" />
            <source>Select the held order first</source>
            <translation>Välj den spärrade ordern först</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="98" />
            <source>{0} is not on hold</source>
            <translation>{0} är inte spärrad</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="120" />
            <source>Hold on {0} released in the shop: it can be packed after the sync</source>
            <translation>Spärren på {0} hävd i butiken: den kan packas efter synken</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="127" />
            <source>The shop still holds {0}: the station can release only holds it placed itself. Release this one in the shop's admin</source>
            <translation>Butiken spärrar fortfarande {0}: stationen kan bara häva spärrar den själv har lagt. Häv den här i butikens administration</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="134" />
            <source>Release the hold on {0}?</source>
            <translation>Häva spärren för {0}?</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="107" />
            <source>Claim expired: {0} silent since {1} ({2})</source>
            <translation>Reservation utgången: {0} tyst sedan {1} ({2})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="110" />
            <source>Being packed at {0} by {1}</source>
            <translation>Packas vid {0} av {1}</translation>
        </message>
    </context>
    <context>
        <name>QueueTakeOver</name>
        <message>
            <location filename="../../src/packstation/ui/queue/take_over.py" line="39" />
            <source>Select the order to take over (Ctrl+K lists every bench's orders)</source>
            <translation>Välj ordern som ska tas över (Ctrl+K visar alla packbord och deras ordrar)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/take_over.py" line="46" />
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
            <location filename="../../src/packstation/ui/settings/controller.py" line="52" />
            <source>Serial ports: {0}</source>
            <translation>Serieportar: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="54" />
            <source>No serial ports found (keyboard-wedge scanners need none)</source>
            <translation>Inga serieportar hittades (skannrar som fungerar som tangentbord behöver ingen)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="66" />
            <source>In use: {0}</source>
            <translation>Används: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="80" />
            <source>{0} keys, gaps {1}–{2} ms</source>
            <translation>{0} tangenter, mellanrum {1}–{2} ms</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="90" />
            <source>broken GS1 data: {0}</source>
            <translation>felaktiga GS1-data: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="94" />
            <source>French AZERTY</source>
            <translation>franskt AZERTY</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="96" />
            <source>Danish, Swedish or Norwegian</source>
            <translation>danskt, svenskt eller norskt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="99" />
            <source>⚠ this looks like {0} typed for a {1} keyboard: set the scanner's keyboard country to match this computer</source>
            <translation>⚠ det ser ut som {0} inskrivet för ett {1} tangentbord: ställ in skannerns tangentbordsland så att det passar den här datorn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="111" />
            <source>The slip printer takes labels only: use “packstation commands --out FILE”</source>
            <translation>Följesedelsskrivaren tar bara etiketter: använd ”packstation commands --out FILE”</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="125" />
            <source>Command barcodes printed</source>
            <translation>Kommandostreckkoder utskrivna</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="129" />
            <source>Printing the command barcodes…</source>
            <translation>Skriver ut kommandostreckkoderna…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="153" />
            <source>Printing a test on {0}…</source>
            <translation>Skriver ut en testsida på {0}…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="158" />
            <source>Test printed on {0}</source>
            <translation>Testsida utskriven på {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="169" />
            <source>Change the printer settings?</source>
            <translation>Ändra skrivarinställningarna?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="203" />
            <source>Saved to {0}</source>
            <translation>Sparad i {0}</translation>
        </message>
    </context>
    <context>
        <name>ShopController</name>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="100" />
            <source>Enter the shop address, starting with https://</source>
            <translation>Ange butikens adress, som börjar med https://</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="104" />
            <source>Enter the access token, or the client id and secret</source>
            <translation>Ange åtkomsttoken, eller klient-id och hemlighet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="108" />
            <source>Testing the connection…</source>
            <translation>Testar anslutningen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="124" />
            <source>The connection failed: {0}</source>
            <translation>Anslutningen misslyckades: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="130" />
            <source>Connected to {0} ({1}).</source>
            <translation>Ansluten till {0} ({1}).</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="133" />
            <source>The app lacks these permissions (access scopes):</source>
            <translation>Appen saknar dessa behörigheter (access scopes):</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="152" />
            <source>Test the connection before saving</source>
            <translation>Testa anslutningen innan du sparar</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="155" />
            <source>Choose at least one location to pack for</source>
            <translation>Välj minst en plats att packa för</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="160" />
            <source>Change the shop connection?</source>
            <translation>Ändra butiksanslutningen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="168" />
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
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="47" />
            <source>Shift lead needed</source>
            <translation>Skiftledare behövs</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="73" />
            <source>Signed in as shift lead: {0}</source>
            <translation>Inloggad som skiftledare: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="76" />
            <source>Lead</source>
            <translation>Skiftledare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="77" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="78" />
            <source>Reason</source>
            <translation>Orsak</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="80" />
            <source>Or scan the lead's badge.</source>
            <translation>Eller skanna skiftledarens passerkort.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="139" />
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
            <location filename="../../src/packstation/ui/shared/state.py" line="106" />
            <source>Audit entry NOT saved: {0}</source>
            <translation>Loggposten INTE sparad: {0}</translation>
        </message>
    </context>
    <context>
        <name>TakeOver</name>
        <message>
            <location filename="../../src/packstation/ui/shared/take_over.py" line="26" />
            <source>Take {0} over to this bench? It is {1}; count its items again here</source>
            <translation>Ta över {0} till detta packbord? Den är {1}; räkna artiklarna igen här</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/take_over.py" line="30" />
            <source>Take {0} over to this bench? Count its items again here</source>
            <translation>Ta över {0} till detta packbord? Räkna artiklarna igen här</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/take_over.py" line="57" />
            <source>{0} took {1} over to this bench: count all its items again</source>
            <translation>{0} tog över {1} till detta packbord: räkna alla artiklar igen</translation>
        </message>
    </context>
    <context>
        <name>AboutBox</name>
        <message>
            <location filename="../../src/packstation/ui/shell/about.py" line="18" />
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
            <location filename="../../src/packstation/ui/shell/station.py" line="225" />
            <source>{0} signed out</source>
            <translation>{0} har loggat ut</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="229" />
            <source>Locked: nobody used the station for a while</source>
            <translation>Låst: ingen har använt stationen på en stund</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="253" />
            <source>Welcome, {0}. Scan a packing slip</source>
            <translation>Välkommen, {0}. Skanna en följesedel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="258" />
            <source>Station {0} · locked</source>
            <translation>Station {0} · låst</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="260" />
            <source>Station {0} · {1}</source>
            <translation>Station {0} · {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="268" />
            <source>Same scan twice from {0} in a moment: counted once</source>
            <translation>Samma skanning två gånger från {0} på en gång: räknas en gång</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="273" />
            <source>Unreadable scan from {0} ({1}): scan again</source>
            <translation>Oläslig skanning från {0} ({1}): skanna igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="283" />
            <source>disconnected</source>
            <translation>frånkopplad</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="286" />
            <source>Scanners: {0}</source>
            <translation>Skannrar: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="326" />
            <source>Database reachable again: scans are saved</source>
            <translation>Databasen svarar igen: skanningar sparas</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="336" />
            <source>✗ Database unreachable: scans are not saved</source>
            <translation>✗ Databasen kan inte nås: skanningar sparas inte</translation>
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
            <translation>○ Offline: packningen fortsätter, synkar senare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="374" />
            <source>{0} waiting to sync</source>
            <translation>{0} väntar på synk</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="377" />
            <source>Last sync {0}</source>
            <translation>Senaste synk {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/shell/station.py" line="384" />
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
            <location filename="../../src/packstation/ui/sign_in/controller.py" line="48" />
            <source>Station {0} is locked</source>
            <translation>Station {0} är låst</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/sign_in/controller.py" line="76" />
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

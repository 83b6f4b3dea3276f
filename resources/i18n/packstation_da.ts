<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
    <context>
        <name>PickList</name>
        <message>
            <location filename="../../src/packstation/cli.py" line="232" />
            <source>Pick list · {station}</source>
            <translation>Plukliste · {station}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="37" />
            <source>Bin</source>
            <translation>Placering</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="38" />
            <source>SKU</source>
            <translation>Varenr.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="39" />
            <source>Qty</source>
            <translation>Antal</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="40" />
            <source>Item</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="41" />
            <source>Orders</source>
            <translation>Ordrer</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/pick_list.py" line="52" />
            <source>%n orders</source>
            <translation>
                <numerusform>%n ordre</numerusform>
                <numerusform>%n ordrer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/pick_list.py" line="53" />
            <source>%n units</source>
            <translation>
                <numerusform>%n vare</numerusform>
                <numerusform>%n varer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pick_list.py" line="54" />
            <source>page {page}</source>
            <translation>side {page}</translation>
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
            <location filename="../../src/packstation/labels/command_sheet.py" line="39" />
            <source>Packstation command barcodes</source>
            <translation>Packstation-kommandostregkoder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="42" />
            <source>Packstation: scan to act</source>
            <translation>Packstation: scan en kommando</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/command_sheet.py" line="44" />
            <source>Station {station}. Works on the pack screen.</source>
            <translation>Station {station}. Virker på pakkeskærmen.</translation>
        </message>
    </context>
    <context>
        <name>ShippingLabel</name>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="186" />
            <source>Order {order}   {weight}   Package {package}/{count}</source>
            <translation>Ordre {order}   {weight}   Kolli {package}/{count}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="188" />
            <source>FROM</source>
            <translation>AFSENDER</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="189" />
            <source>SHIP TO</source>
            <translation>MODTAGER</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="190" />
            <source>REPRINT</source>
            <translation>GENUDSKRIFT</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/layout.py" line="198" />
            <source>{carrier} tracking</source>
            <translation>{carrier} sporing</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/layout.py" line="200" />
            <source>%n units</source>
            <translation>
                <numerusform>%n vare</numerusform>
                <numerusform>%n varer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/pdf.py" line="87" />
            <source>Shipping label {order}</source>
            <translation>Forsendelseslabel {order}</translation>
        </message>
    </context>
    <context>
        <name>PackingSlip</name>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="57" />
            <source>Packing slip {order}</source>
            <translation>Pakkeseddel {order}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="92" />
            <source>REPRINT</source>
            <translation>GENUDSKRIFT</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="138" />
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
            <location filename="../../src/packstation/labels/slip.py" line="186" />
            <source>%n units</source>
            <translation>
                <numerusform>%n vare</numerusform>
                <numerusform>%n varer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="190" />
            <source>Part shipment: {reason}</source>
            <translation>Delforsendelse: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="200" />
            <source>Note from the customer</source>
            <translation>Besked fra kunden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip.py" line="210" />
            <source>Returns</source>
            <translation>Returnering</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip_zpl.py" line="31" />
            <source>{shop} · Packing slip</source>
            <translation>{shop} · Pakkeseddel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/labels/slip_zpl.py" line="47" />
            <source>Note: {note}</source>
            <translation>Besked: {note}</translation>
        </message>
    </context>
    <context>
        <name>Manifest</name>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="43" />
            <source>Carrier manifest · {carrier} · {date}</source>
            <translation>Afhentningsliste · {carrier} · {date}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="47" />
            <source>From {sender}</source>
            <translation>Fra {sender}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/manifest.py" line="48" />
            <source>%n shipments</source>
            <translation>
                <numerusform>%n forsendelse</numerusform>
                <numerusform>%n forsendelser</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/manifest.py" line="50" />
            <source>%n parcels</source>
            <translation>
                <numerusform>%n kolli</numerusform>
                <numerusform>%n kolli</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="70" />
            <source>Driver's signature: ______________________   Time: ________</source>
            <translation>Chaufførens underskrift: ______________________   Tidspunkt: ________</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/manifest.py" line="76" />
            <source>No shipments on {date}</source>
            <translation>Ingen forsendelser den {date}</translation>
        </message>
    </context>
    <context>
        <name>ShiftReport</name>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="40" />
            <source>shipped_at</source>
            <translation>afsendt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="41" />
            <source>order</source>
            <translation>ordre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="42" />
            <source>recipient</source>
            <translation>modtager</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="43" />
            <source>city</source>
            <translation>by</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="44" />
            <source>country</source>
            <translation>land</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="45" />
            <source>carrier</source>
            <translation>fragtfirma</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="46" />
            <source>tracking</source>
            <translation>sporingsnummer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="47" />
            <source>units</source>
            <translation>varer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="48" />
            <source>partial_reason</source>
            <translation>årsag til delforsendelse</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="95" />
            <source>End of shift · {station} · {start}–{end}</source>
            <translation>Vagtrapport · {station} · {start}–{end}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="101" />
            <source>%n orders packed</source>
            <translation>
                <numerusform>%n ordre pakket</numerusform>
                <numerusform>%n ordrer pakket</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="102" />
            <source>%n still open</source>
            <translation>
                <numerusform>%n stadig åben</numerusform>
                <numerusform>%n stadig åbne</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="103" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n venter på synkronisering</numerusform>
                <numerusform>%n venter på synkronisering</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="104" />
            <source>%n open exceptions</source>
            <translation>
                <numerusform>%n åben afvigelse</numerusform>
                <numerusform>%n åbne afvigelser</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="110" />
            <source>Audit log: {head}</source>
            <translation>Revisionslog: {head}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="116" />
            <source>Packer</source>
            <translation>Pakker</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="117" />
            <source>Orders</source>
            <translation>Ordrer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="118" />
            <source>Units</source>
            <translation>Varer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="119" />
            <source>Mis-scans</source>
            <translation>Fejlscanninger</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="120" />
            <source>Overrides</source>
            <translation>Tilsidesættelser</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="121" />
            <source>Avg/order</source>
            <translation>Gns./ordre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="136" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location filename="../../src/packstation/reports/shift_report.py" line="144" />
            <source>Shipments</source>
            <translation>Forsendelser</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="156" />
            <source>%n units</source>
            <translation>
                <numerusform>%n vare</numerusform>
                <numerusform>%n varer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BatchesController</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="92" />
            <source>{0} batches, %n orders</source>
            <translation>
                <numerusform>{0} batches, %n ordre</numerusform>
                <numerusform>{0} batches, %n ordrer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="94" />
            <source>No queued order (outside a batch) matches these rules</source>
            <translation>Ingen ordre i køen (uden for en batch) passer til disse regler</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="106" />
            <source>{0} batches built: filter the queue by a batch's name</source>
            <translation>{0} batches lavet: filtrér køen på batchens navn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="130" />
            <source>{0} of {1} packed</source>
            <translation>{0} af {1} pakket</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="177" />
            <source>The slip printer takes labels only: print pick lists with “packstation batches”</source>
            <translation>Pakkeseddelprinteren tager kun labels: udskriv pluklister med “packstation batches”</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="187" />
            <source>Pick list of {0} printed</source>
            <translation>Plukliste for {0} udskrevet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="201" />
            <source>{0} packing slips of {1} printed</source>
            <translation>{0} pakkesedler for {1} udskrevet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="212" />
            <source>{0} labels queued</source>
            <translation>{0} labels sat i printkø</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="214" />
            <source>{0} printed before</source>
            <translation>{0} udskrevet før</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="216" />
            <source>{0} to check at the printer (F11)</source>
            <translation>{0} skal tjekkes ved printeren (F11)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="218" />
            <source>%n orders not verified yet</source>
            <translation>
                <numerusform>%n ordre endnu ikke kontrolleret</numerusform>
                <numerusform>%n ordrer endnu ikke kontrolleret</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="232" />
            <source>{0} closed</source>
            <translation>{0} lukket</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="239" />
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
            <location filename="../../src/packstation/ui/lead/claims.py" line="33" />
            <source>Benches and their orders</source>
            <translation>Pakkeborde og deres ordrer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="43" />
            <source>Order</source>
            <translation>Ordre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="44" />
            <source>Bench</source>
            <translation>Pakkebord</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="45" />
            <source>Packer</source>
            <translation>Pakker</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="46" />
            <source>Since</source>
            <translation>Siden</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="47" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="57" />
            <source>Take over to this bench…</source>
            <translation>Overtag til dette pakkebord…</translation>
        </message>
    </context>
    <context>
        <name>ClaimsController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="93" />
            <source>Benches unavailable: {0}</source>
            <translation>Pakkeborde utilgængelige: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/claims.py" line="98" />
            <source>{0} orders being packed; {1} at benches that stopped answering</source>
            <translation>{0} ordrer pakkes; {1} ved pakkeborde, der er holdt op med at svare</translation>
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
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="55" />
            <source>No orders yet</source>
            <translation>Ingen ordrer endnu</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="80" />
            <source>Shift dashboard</source>
            <translation>Vagtoversigt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="98" />
            <source>Packer</source>
            <translation>Pakker</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="99" />
            <source>Orders</source>
            <translation>Ordrer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="100" />
            <source>Orders/h</source>
            <translation>Ordrer/t</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="101" />
            <source>Units/h</source>
            <translation>Stk./t</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="102" />
            <source>Mis-scans</source>
            <translation>Fejlscanninger</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="103" />
            <source>Overrides</source>
            <translation>Overstyringer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="104" />
            <source>Avg per order</source>
            <translation>Gns. pr. ordre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="116" />
            <source>Shift report (PDF)</source>
            <translation>Vagtrapport (PDF)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="117" />
            <source>Shift report (CSV)</source>
            <translation>Vagtrapport (CSV)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="118" />
            <source>Today's carrier manifest</source>
            <translation>Dagens fragtmanifest</translation>
        </message>
    </context>
    <context>
        <name>DashboardController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="158" />
            <source>Figures unavailable: {0}</source>
            <translation>Tal ikke tilgængelige: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="162" />
            <source>Last {0:.0f} h: {1} orders packed · {2} still open · {3} waiting to sync · {4} open exceptions</source>
            <translation>Sidste {0:.0f} t: {1} ordrer pakket · {2} stadig åbne · {3} venter på synk · {4} åbne afvigelser</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="209" />
            <source>Carrier cut-off {0} (in {1} h {2:02d} min)</source>
            <translation>Fragtfirmaets frist {0} (om {1} t {2:02d} min)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="213" />
            <source>{0}: every order placed before it is packed</source>
            <translation>{0}: alle ordrer bestilt før er pakket</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="214" />
            <source>{0}: %n orders still open</source>
            <translation>
                <numerusform>{0}: %n ordre stadig åben</numerusform>
                <numerusform>{0}: %n ordrer stadig åbne</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="216" />
            <source>Carrier cut-off {0} passed: every order placed before it left</source>
            <translation>Fragtfirmaets frist {0} er passeret: alle ordrer bestilt før er sendt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="219" />
            <source>Carrier cut-off {0} passed: %n orders missed today's collection</source>
            <translation>
                <numerusform>Fragtfirmaets frist {0} er passeret: %n ordre nåede ikke dagens afhentning</numerusform>
                <numerusform>Fragtfirmaets frist {0} er passeret: %n ordrer nåede ikke dagens afhentning</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="255" />
            <source>Not saved: {0}</source>
            <translation>Ikke gemt: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="258" />
            <source>Saved {0} ({1} shipments)</source>
            <translation>Gemt {0} ({1} forsendelser)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="262" />
            <source>Saving…</source>
            <translation>Gemmer…</translation>
        </message>
    </context>
    <context>
        <name>ExceptionsView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="47" />
            <source>Exceptions (F2)</source>
            <translation>Afvigelser (F2)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="55" />
            <source>When</source>
            <translation>Hvornår</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="55" />
            <source>Order</source>
            <translation>Ordre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="55" />
            <source>What</source>
            <translation>Hvad</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="55" />
            <source>Details</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="55" />
            <source>Who</source>
            <translation>Hvem</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="64" />
            <source>Resolve…</source>
            <translation>Løs…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="65" />
            <source>Retry</source>
            <translation>Prøv igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="66" />
            <source>Hold in shop…</source>
            <translation>Sæt på hold i webshop…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="67" />
            <source>Release hold…</source>
            <translation>Frigiv ordre…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="68" />
            <source>Cancel the shipment…</source>
            <translation>Annuller forsendelsen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="69" />
            <source>Contact the customer…</source>
            <translation>Kontakt kunden…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="70" />
            <source>Note what the customer was told or agreed</source>
            <translation>Notér, hvad kunden fik at vide eller aftalte</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="71" />
            <source>Benches… (Ctrl+K)</source>
            <translation>Pakkeborde… (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="73" />
            <source>Orders being packed at every bench; benches that stopped answering</source>
            <translation>Ordrer, der pakkes ved hvert pakkebord; pakkeborde, der er holdt op med at svare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="75" />
            <source>Close</source>
            <translation>Luk</translation>
        </message>
    </context>
    <context>
        <name>ExceptionsController</name>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="147" />
            <source>No open exceptions.</source>
            <translation>Ingen åbne afvigelser.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="178" />
            <source>Working…</source>
            <translation>Arbejder…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="207" />
            <source>Asking the shop…</source>
            <translation>Spørger webshoppen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="217" />
            <source>{0} is on hold in the shop</source>
            <translation>{0} er sat på hold i webshoppen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="219" />
            <source>{0} is released in the shop</source>
            <translation>{0} er frigivet i webshoppen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="227" />
            <source>Put {0} on hold in the shop?</source>
            <translation>Sæt {0} på hold i webshoppen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="229" />
            <source>Release the hold on {0} in the shop?</source>
            <translation>Frigiv {0} i webshoppen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="243" />
            <source>Printing again; resolve this once the documents are out</source>
            <translation>Udskriver igen; løs afvigelsen, når papirerne er ude</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="252" />
            <source>{0} will be sent to the shop again</source>
            <translation>{0} sendes til webshoppen igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="257" />
            <source>Send {0} to the shop again?</source>
            <translation>Send {0} til webshoppen igen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="273" />
            <source>The shipment of {0} is void; the order is back in the queue</source>
            <translation>Forsendelsen af {0} er annulleret; ordren er tilbage i køen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="280" />
            <source>Cancel the shipment of {0}?</source>
            <translation>Annuller forsendelsen af {0}?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="293" />
            <source>Contact the customer: {0}</source>
            <translation>Kontakt kunden: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="294" />
            <source>What was the customer told, or what was agreed?</source>
            <translation>Hvad fik kunden at vide, eller hvad blev aftalt?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="304" />
            <source>Note saved on {0}</source>
            <translation>Note gemt på {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/exceptions.py" line="330" />
            <source>Resolve: {0} on {1}</source>
            <translation>Løs: {0} på {1}</translation>
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
            <translation>{0} tilføjet som {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="86" />
            <source>Select a person first</source>
            <translation>Vælg en medarbejder først</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="92" />
            <source>New PIN saved for {0}</source>
            <translation>Ny PIN gemt for {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="105" />
            <source>{0} can no longer sign in</source>
            <translation>{0} kan ikke længere logge ind</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_controller.py" line="109" />
            <source>Saving…</source>
            <translation>Gemmer…</translation>
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="30" />
            <source>People</source>
            <translation>Medarbejdere</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="38" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="38" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="38" />
            <source>Badge</source>
            <translation>ID-kort</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="38" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="46" />
            <source>New PIN for the selected person</source>
            <translation>Ny PIN til den valgte medarbejder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="47" />
            <source>Deactivate the selected person</source>
            <translation>Deaktivér den valgte medarbejder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="53" />
            <source>Add a person</source>
            <translation>Tilføj en medarbejder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="62" />
            <source>Scan the badge here, or leave empty</source>
            <translation>Scan ID-kortet her, eller lad feltet stå tomt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="66" />
            <source>Leads and admins: at least 4 digits</source>
            <translation>Vagtledere og administratorer: mindst 4 cifre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="67" />
            <source>Add</source>
            <translation>Tilføj</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="71" />
            <source>PIN (also used for a new PIN)</source>
            <translation>PIN (bruges også til ny PIN)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/people_view.py" line="78" />
            <source>Close</source>
            <translation>Luk</translation>
        </message>
    </context>
    <context>
        <name>LeadWindows</name>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="57" />
            <source>Open the dashboard</source>
            <translation>Åbn vagtoversigten</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="69" />
            <source>Open batch building</source>
            <translation>Åbn batchopbygning</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="80" />
            <source>Open the exceptions</source>
            <translation>Åbn afvigelserne</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/lead/windows.py" line="109" />
            <source>Manage the people at the stations?</source>
            <translation>Administrer medarbejderne ved stationerne?</translation>
        </message>
    </context>
    <context>
        <name>CompletionController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="54" />
            <source>Choose a reason for the partial shipment</source>
            <translation>Vælg en årsag til delleveringen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/completion.py" line="65" />
            <source>Ship {0} short, {1} of %n units missing?</source>
            <translation>
                <numerusform>Send {0} som dellevering, {1} af %n stk. mangler?</numerusform>
                <numerusform>Send {0} som dellevering, {1} af %n stk. mangler?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="81" />
            <source>{0}; missing: {1}</source>
            <translation>{0}; mangler: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="94" />
            <source>Scan the serial number of {0} first</source>
            <translation>Scan serienummeret på {0} først</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/completion.py" line="103" />
            <source>%n units missing: scan them, or press F9 to ship partial</source>
            <translation>
                <numerusform>%n stk. mangler: scan den, eller tryk F9 for dellevering</numerusform>
                <numerusform>%n stk. mangler: scan dem, eller tryk F9 for dellevering</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="107" />
            <source>Completing {0}…</source>
            <translation>Afslutter {0}…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="131" />
            <source>Printing {0}…</source>
            <translation>Udskriver {0}…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="143" />
            <source>{0}: label and slip reprinted, marked REPRINT</source>
            <translation>{0}: label og pakkeseddel udskrevet igen, mærket REPRINT</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="145" />
            <source>{0} packed SHORT: label and slip printed. Scan the next slip</source>
            <translation>{0} pakket som DELLEVERING: label og pakkeseddel udskrevet. Scan næste pakkeseddel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="149" />
            <source>{0} packed: label and slip printed. Scan the next slip</source>
            <translation>{0} pakket: label og pakkeseddel udskrevet. Scan næste pakkeseddel</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="153" />
            <source>{0} packed; the label may not have printed: check the printer (F11)</source>
            <translation>{0} pakket; labelen er måske ikke udskrevet: tjek printeren (F11)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="156" />
            <source>{0} packed, NOT printed yet: {1}. Press F7 to retry</source>
            <translation>{0} pakket, IKKE udskrevet endnu: {1}. Tryk F7 for at prøve igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="173" />
            <source>Nothing to reprint: complete the order first</source>
            <translation>Intet at udskrive igen: afslut ordren først</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="176" />
            <source>Reprint the label and slip of {0}?</source>
            <translation>Udskriv label og pakkeseddel til {0} igen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="186" />
            <source>Reprinting {0}…</source>
            <translation>Udskriver {0} igen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="199" />
            <source>This order is not completed: nothing to void</source>
            <translation>Ordren er ikke afsluttet: intet at annullere</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="204" />
            <source>No shipment of {0} to void</source>
            <translation>Ingen forsendelse af {0} at annullere</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="215" />
            <source>Void the shipment of {0} ({1})?</source>
            <translation>Annuller forsendelsen af {0} ({1})?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="234" />
            <source>Shipment of {0} void: unpack the box; the shop cancels it on sync</source>
            <translation>Forsendelsen af {0} annulleret: pak kassen ud; webshoppen annullerer den ved synk</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/completion.py" line="236" />
            <source>Shipment of {0} void: unpack the box; it never reached the shop</source>
            <translation>Forsendelsen af {0} annulleret: pak kassen ud; den nåede aldrig webshoppen</translation>
        </message>
    </context>
    <context>
        <name>PackController</name>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="76" />
            <source>Scan the items of {0}</source>
            <translation>Scan varerne til {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="81" />
            <source>Parked {0}: {1} of %n units scanned. Scan its slip to continue</source>
            <translation>
                <numerusform>Parkeret {0}: {1} af %n stk. scannet. Scan pakkesedlen for at fortsætte</numerusform>
                <numerusform>Parkeret {0}: {1} af %n stk. scannet. Scan pakkesedlen for at fortsætte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="91" />
            <source>Continuing {0} that {1} parked: {2} of %n units</source>
            <translation>
                <numerusform>Fortsætter {0}, som {1} parkerede: {2} af %n stk.</numerusform>
                <numerusform>Fortsætter {0}, som {1} parkerede: {2} af %n stk.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="94" />
            <source>Continuing {0}: {1} of %n units</source>
            <translation>
                <numerusform>Fortsætter {0}: {1} af %n stk.</numerusform>
                <numerusform>Fortsætter {0}: {1} af %n stk.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="120" />
            <source>Resumed {0}: {1} of %n units were scanned before the restart</source>
            <translation>
                <numerusform>Genoptaget {0}: {1} af %n stk. var scannet før genstarten</numerusform>
                <numerusform>Genoptaget {0}: {1} af %n stk. var scannet før genstarten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="136" />
            <source>Scan not checked: {0}</source>
            <translation>Scanning ikke kontrolleret: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="156" />
            <source>Unreadable scan ({0}): scan the item again</source>
            <translation>Ulæselig scanning ({0}): scan varen igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="163" />
            <source>Approved by {0}: {1}</source>
            <translation>Godkendt af {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="191" />
            <source>Last scan NOT saved: {0}. Scan it again</source>
            <translation>Sidste scanning IKKE gemt: {0}. Scan igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="209" />
            <source>Last scan NOT saved: {0}</source>
            <translation>Sidste scanning IKKE gemt: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="239" />
            <source>Choose the line that will not scan with ↑ ↓, then press F3 again</source>
            <translation>Vælg linjen, der ikke kan scannes, med ↑ ↓, og tryk F3 igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="243" />
            <source>Confirm 1 × {0} without a scan?</source>
            <translation>Bekræft 1 × {0} uden scanning?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="264" />
            <source>Confirmed by {0}: {1}</source>
            <translation>Bekræftet af {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="296" />
            <source>Nothing to undo</source>
            <translation>Intet at fortryde</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="304" />
            <source>Undone: {0} × {1}</source>
            <translation>Fortrudt: {0} × {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="323" />
            <source>Next scan counts %n units</source>
            <translation>
                <numerusform>Næste scanning tæller %n stk.</numerusform>
                <numerusform>Næste scanning tæller %n stk.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="368" />
            <source>Order {0} is now {1} in the shop: stop packing it</source>
            <translation>Ordre {0} er nu {1} i webshoppen: stop pakningen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/controller.py" line="384" />
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
        <name>ScanRouter</name>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="43" />
            <source>Scan not handled: {0}</source>
            <translation>Scanning ikke behandlet: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="59" />
            <source>No order {0} in the queue</source>
            <translation>Ingen ordre {0} i køen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="64" />
            <source>“{0}” is not an order number: scan the packing slip</source>
            <translation>“{0}” er ikke et ordrenummer: scan pakkesedlen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="70" />
            <source>Order {0} is already open</source>
            <translation>Ordre {0} er allerede åben</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/router.py" line="81" />
            <source>Open an order first: scan its packing slip</source>
            <translation>Åbn en ordre først: scan dens pakkeseddel</translation>
        </message>
    </context>
    <context>
        <name>PackView</name>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="125" />
            <source>Units for the next scan:</source>
            <translation>Stk. ved næste scanning:</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="137" />
            <source>Ship what is scanned; reason:</source>
            <translation>Send det scannede; årsag:</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="144" />
            <source>Out of stock</source>
            <translation>Ikke på lager</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="144" />
            <source>Damaged item</source>
            <translation>Beskadiget vare</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="144" />
            <source>Customer request</source>
            <translation>Kundens ønske</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="149" />
            <source>Choose or type a reason</source>
            <translation>Vælg eller skriv en årsag</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="152" />
            <source>Ship partial</source>
            <translation>Send dellevering</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="165" />
            <source>Queue (Esc)</source>
            <translation>Kø (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="166" />
            <source>Undo (F4)</source>
            <translation>Fortryd (F4)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="167" />
            <source>Quantity (F6)</source>
            <translation>Antal (F6)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="168" />
            <source>Reprint (F8)</source>
            <translation>Udskriv igen (F8)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="169" />
            <source>Void…</source>
            <translation>Annuller…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="170" />
            <source>A shift lead voids the shipment just packed</source>
            <translation>En vagtleder annullerer den netop pakkede forsendelse</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="171" />
            <source>Short / partial (F9)</source>
            <translation>Mangler / delvis (F9)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="172" />
            <source>Will not scan (F3)</source>
            <translation>Kan ikke scannes (F3)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/view.py" line="173" />
            <source>Complete (F10)</source>
            <translation>Afslut (F10)</translation>
        </message>
    </context>
    <context>
        <name>ScanWords</name>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="57" />
            <source>Not taken: {0}</source>
            <translation>Ikke godtaget: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="59" />
            <source>Now scan the serial number of {0}</source>
            <translation>Scan nu serienummeret på {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="63" />
            <source>Serial {0} saved for {1}</source>
            <translation>Serienummer {0} gemt for {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="70" />
            <source>{0} counted, but it expired on {1} ({2} days ago): check the item</source>
            <translation>{0} talt med, men udløb {1} (for {2} dage siden): tjek varen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/words.py" line="74" />
            <source>All %n units verified: press F10 to complete</source>
            <translation>
                <numerusform>Alle %n stk. kontrolleret: tryk F10 for at afslutte</numerusform>
                <numerusform>Alle %n stk. kontrolleret: tryk F10 for at afslutte</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="80" />
            <source>Too many: {0} needs only {1}</source>
            <translation>For mange: {0} skal kun have {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="84" />
            <source>Wrong item: {0} is not in this order</source>
            <translation>Forkert vare: {0} er ikke i denne ordre</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="92" />
            <source>Unknown barcode {0}</source>
            <translation>Ukendt stregkode {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="96" />
            <source>Misread (the check digit is wrong): scan again</source>
            <translation>Fejlscanning (kontrolcifferet er forkert): scan igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="101" />
            <source>French AZERTY</source>
            <translation>fransk AZERTY</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="102" />
            <source>Danish, Swedish or Norwegian</source>
            <translation>dansk, svensk eller norsk</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/pack/words.py" line="106" />
            <source>This looks like “{0}” from a scanner set for a US keyboard, on this computer's {1} keyboard layout. Set the scanner's keyboard country to {1} (its manual's barcodes), or make it a serial scanner (Settings, F12)</source>
            <translation>Det ligner “{0}” fra en scanner sat til amerikansk tastatur, på denne computers {1} tastaturlayout. Sæt scannerens tastaturland til {1} (stregkoderne i dens manual), eller gør den til en seriel scanner (Indstillinger, F12)</translation>
        </message>
    </context>
    <context>
        <name>PrintQueueController</name>
        <message>
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="94" />
            <source>Printer: check {0} job(s) (F11)</source>
            <translation>Printer: tjek {0} job (F11)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="98" />
            <source>Printer: {0} waiting: {1}</source>
            <translation>Printer: {0} venter: {1}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="128" />
            <source>Printers: {0}</source>
            <translation>Printere: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="140" />
            <source>Select a job in the print queue first</source>
            <translation>Vælg et job i printkøen først</translation>
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
            <location filename="../../src/packstation/ui/queue/controller.py" line="49" />
            <source>Queue not reloaded: {0}</source>
            <translation>Køen ikke genindlæst: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/controller.py" line="70" />
            <source>Filter on: %n of {0} orders shown (Esc clears it)</source>
            <translation>
                <numerusform>Filter slået til: %n af {0} ordrer vist (Esc fjerner det)</numerusform>
                <numerusform>Filter slået til: %n af {0} ordrer vist (Esc fjerner det)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/controller.py" line="77" />
            <source>%n orders waiting</source>
            <translation>
                <numerusform>%n ordre venter</numerusform>
                <numerusform>%n ordrer venter</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="94" />
            <source>Select the held order first</source>
            <translation>Vælg først ordren på hold</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="98" />
            <source>{0} is not on hold</source>
            <translation>{0} er ikke på hold</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="120" />
            <source>Hold on {0} released in the shop: it can be packed after the sync</source>
            <translation>{0} frigivet i webshoppen: den kan pakkes efter synkroniseringen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="127" />
            <source>The shop still holds {0}: the station can release only holds it placed itself. Release this one in the shop's admin</source>
            <translation>Webshoppen holder stadig {0} på hold: stationen kan kun frigive hold, den selv har sat. Frigiv denne i webshoppens administration</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/controller.py" line="134" />
            <source>Release the hold on {0}?</source>
            <translation>Frigiv {0}?</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="107" />
            <source>Claim expired: {0} silent since {1} ({2})</source>
            <translation>Reservation udløbet: {0} tavs siden {1} ({2})</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/model.py" line="110" />
            <source>Being packed at {0} by {1}</source>
            <translation>Pakkes ved {0} af {1}</translation>
        </message>
    </context>
    <context>
        <name>QueueTakeOver</name>
        <message>
            <location filename="../../src/packstation/ui/queue/take_over.py" line="39" />
            <source>Select the order to take over (Ctrl+K lists every bench's orders)</source>
            <translation>Vælg den ordre, der skal overtages (Ctrl+K viser alle pakkeborde og deres ordrer)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/take_over.py" line="46" />
            <source>{0} is not being packed at another bench: scan its slip</source>
            <translation>{0} pakkes ikke ved et andet pakkebord: scan dens pakkeseddel</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="30" />
            <source>Scan a packing slip to open its order</source>
            <translation>Scan en pakkeseddel for at åbne ordren</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="34" />
            <source>Filter by order number, customer or SKU</source>
            <translation>Filtrér på ordrenummer, kunde eller SKU</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="47" />
            <source>Batches (Ctrl+B)</source>
            <translation>Batches (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="48" />
            <source>Release hold…</source>
            <translation>Frigiv ordre…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="49" />
            <source>A shift lead releases the selected held order</source>
            <translation>En vagtleder frigiver den valgte ordre på hold</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="50" />
            <source>Take over… (Ctrl+T)</source>
            <translation>Overtag… (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/queue/view.py" line="52" />
            <source>A shift lead moves the selected order from another bench to this one</source>
            <translation>En vagtleder flytter den valgte ordre fra et andet pakkebord til dette</translation>
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
            <translation>Serielle porte: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="54" />
            <source>No serial ports found (keyboard-wedge scanners need none)</source>
            <translation>Ingen serielle porte fundet (scannere i tastaturtilstand behøver ingen)</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="66" />
            <source>In use: {0}</source>
            <translation>I brug: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="80" />
            <source>{0} keys, gaps {1}–{2} ms</source>
            <translation>{0} taster, pauser {1}–{2} ms</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="90" />
            <source>broken GS1 data: {0}</source>
            <translation>ødelagte GS1-data: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="94" />
            <source>French AZERTY</source>
            <translation>fransk AZERTY</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="96" />
            <source>Danish, Swedish or Norwegian</source>
            <translation>dansk, svensk eller norsk</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="99" />
            <source>⚠ this looks like {0} typed for a {1} keyboard: set the scanner's keyboard country to match this computer</source>
            <translation>⚠ det ligner {0} tastet til et {1} tastatur: sæt scannerens tastaturland til at passe med denne computer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="111" />
            <source>The slip printer takes labels only: use “packstation commands --out FILE”</source>
            <translation>Pakkeseddelprinteren tager kun labels: brug “packstation commands --out FILE”</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="125" />
            <source>Command barcodes printed</source>
            <translation>Kommandostregkoder udskrevet</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="129" />
            <source>Printing the command barcodes…</source>
            <translation>Udskriver kommandostregkoderne…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="153" />
            <source>Printing a test on {0}…</source>
            <translation>Udskriver en test på {0}…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="158" />
            <source>Test printed on {0}</source>
            <translation>Test udskrevet på {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="169" />
            <source>Change the printer settings?</source>
            <translation>Ændre printerindstillingerne?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/controller.py" line="203" />
            <source>Saved to {0}</source>
            <translation>Gemt i {0}</translation>
        </message>
    </context>
    <context>
        <name>ShopController</name>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="100" />
            <source>Enter the shop address, starting with https://</source>
            <translation>Indtast webshoppens adresse, der starter med https://</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="104" />
            <source>Enter the access token, or the client id and secret</source>
            <translation>Indtast adgangstoken, eller klient-id og klienthemmelighed</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="108" />
            <source>Testing the connection…</source>
            <translation>Tester forbindelsen…</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="124" />
            <source>The connection failed: {0}</source>
            <translation>Forbindelsen mislykkedes: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="130" />
            <source>Connected to {0} ({1}).</source>
            <translation>Forbundet til {0} ({1}).</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="133" />
            <source>The app lacks these permissions (access scopes):</source>
            <translation>Appen mangler disse tilladelser (access scopes):</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="152" />
            <source>Test the connection before saving</source>
            <translation>Test forbindelsen, før du gemmer</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="155" />
            <source>Choose at least one location to pack for</source>
            <translation>Vælg mindst én lokation at pakke til</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="160" />
            <source>Change the shop connection?</source>
            <translation>Ændre webshopforbindelsen?</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/settings/shop_controller.py" line="168" />
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
    </context>
    <context>
        <name>AuthoriseDialog</name>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="47" />
            <source>Shift lead needed</source>
            <translation>Vagtleder skal godkende</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="73" />
            <source>Signed in as shift lead: {0}</source>
            <translation>Logget ind som vagtleder: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="76" />
            <source>Lead</source>
            <translation>Vagtleder</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="77" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="78" />
            <source>Reason</source>
            <translation>Årsag</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="80" />
            <source>Or scan the lead's badge.</source>
            <translation>Eller scan vagtlederens ID-kort.</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/authorise_dialog.py" line="139" />
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
            <location filename="../../src/packstation/ui/shared/state.py" line="106" />
            <source>Audit entry NOT saved: {0}</source>
            <translation>Logpost IKKE gemt: {0}</translation>
        </message>
    </context>
    <context>
        <name>TakeOver</name>
        <message>
            <location filename="../../src/packstation/ui/shared/take_over.py" line="26" />
            <source>Take {0} over to this bench? It is {1}; count its items again here</source>
            <translation>Overtag {0} til dette pakkebord? Den er {1}; tæl varerne igen her</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/take_over.py" line="30" />
            <source>Take {0} over to this bench? Count its items again here</source>
            <translation>Overtag {0} til dette pakkebord? Tæl varerne igen her</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shared/take_over.py" line="57" />
            <source>{0} took {1} over to this bench: count all its items again</source>
            <translation>{0} overtog {1} til dette pakkebord: tæl alle varerne igen</translation>
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
            <translation>{0}. Stationen bliver ved med at prøve; vent, før du pakker videre</translation>
        </message>
    </context>
    <context>
        <name>StationShell</name>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="225" />
            <source>{0} signed out</source>
            <translation>{0} logget ud</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="229" />
            <source>Locked: nobody used the station for a while</source>
            <translation>Låst: stationen har ikke været brugt et stykke tid</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="253" />
            <source>Welcome, {0}. Scan a packing slip</source>
            <translation>Velkommen, {0}. Scan en pakkeseddel</translation>
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
            <translation>Samme scanning to gange fra {0} lige efter hinanden: talt én gang</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="273" />
            <source>Unreadable scan from {0} ({1}): scan again</source>
            <translation>Ulæselig scanning fra {0} ({1}): scan igen</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="283" />
            <source>disconnected</source>
            <translation>afbrudt</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="286" />
            <source>Scanners: {0}</source>
            <translation>Scannere: {0}</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="326" />
            <source>Database reachable again: scans are saved</source>
            <translation>Databasen svarer igen: scanninger gemmes</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="336" />
            <source>✗ Database unreachable: scans are not saved</source>
            <translation>✗ Databasen kan ikke nås: scanninger gemmes ikke</translation>
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
            <translation>○ Offline: der pakkes videre, synk senere</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="374" />
            <source>{0} waiting to sync</source>
            <translation>{0} venter på synk</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/shell/station.py" line="377" />
            <source>Last sync {0}</source>
            <translation>Sidste synk {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/shell/station.py" line="384" />
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
            <location filename="../../src/packstation/ui/sign_in/controller.py" line="48" />
            <source>Station {0} is locked</source>
            <translation>Station {0} er låst</translation>
        </message>
        <message>
            <location filename="../../src/packstation/ui/sign_in/controller.py" line="76" />
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

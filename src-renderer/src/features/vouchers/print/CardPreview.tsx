import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import type { PrintPreview } from '@shared/ipc/schemas/voucher-print';

const FONT_FAMILY = { regular: 'Helvetica, Arial, sans-serif', bold: 'Helvetica, Arial, sans-serif', mono: 'Courier New, Courier, monospace' } as const;

/** Dark QR modules as one path in module units ("M x y h1 v1 h-1 z" each), scaled into the QR square. */
function qrPath(modules: readonly string[]): string {
  let path = '';
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; x += 1) if (row[x] === '1') path += `M${x} ${y}h1v1h-1z`;
  });
  return path;
}

interface CardPreviewProps {
  preview: PrintPreview;
  /** The logo the operator picked (main lays out only its box). */
  logoPngBase64: string | null;
  /** Shown while a newer preview is being computed. */
  stale?: boolean;
}

/**
 * One card drawn from main's layout, in PDF points. PDF puts the origin bottom-left, SVG top-left, so
 * every y is flipped (`height - y`). Text x/width are the already-fitted box, so the SVG stretches the
 * browser's glyphs to the same width the PDF font takes.
 */
export function CardPreview({ preview, logoPngBase64, stale = false }: CardPreviewProps) {
  const { t } = useTranslation();
  const { card, colours } = preview;
  const flip = (y: number) => card.height - y;
  return (
    <Box sx={{ opacity: stale ? 0.6 : 1, transition: 'opacity 120ms' }}>
      <svg
        role="img"
        aria-label={t('vouchers.print.previewLabel', { code: preview.sample.code })}
        viewBox={`0 0 ${card.width} ${card.height}`}
        width="100%"
        style={{ maxWidth: Math.max(card.width * 1.6, 240), display: 'block', border: '1px dashed #bbb' }}
      >
        <rect x={0} y={0} width={card.width} height={card.height} fill={colours.background} />
        {card.frame === 'rect' && (
          <rect x={0.25} y={0.25} width={card.width - 0.5} height={card.height - 0.5} fill="none" stroke={colours.frame} strokeWidth={0.5} />
        )}
        {card.frame === 'tear' && (
          <line x1={0} x2={card.width} y1={flip(0.5)} y2={flip(0.5)} stroke={colours.frame} strokeWidth={0.5} strokeDasharray="2 2" />
        )}
        {card.logo && logoPngBase64 && (
          <image
            href={`data:image/png;base64,${logoPngBase64}`}
            x={card.logo.x}
            y={flip(card.logo.y + card.logo.height)}
            width={card.logo.width}
            height={card.logo.height}
            preserveAspectRatio="xMidYMid meet"
          />
        )}
        {card.texts.map((text, index) => (
          <text
            key={`${index}-${text.text}`}
            x={text.x}
            y={flip(text.y)}
            fontSize={text.size}
            fontFamily={FONT_FAMILY[text.font]}
            fontWeight={text.font === 'bold' ? 700 : 400}
            fill={text.colour === 'accent' ? colours.accent : colours.text}
            textLength={text.width > 0 ? text.width : undefined}
            lengthAdjust="spacingAndGlyphs"
          >
            {text.text}
          </text>
        ))}
        {card.qr && card.qr.modules.length > 0 && (
          <g
            transform={`translate(${card.qr.x} ${flip(card.qr.y + card.qr.size)}) scale(${card.qr.size / card.qr.modules.length})`}
            data-testid="card-qr"
          >
            <rect width={card.qr.modules.length} height={card.qr.modules.length} fill="#ffffff" />
            <path d={qrPath(card.qr.modules)} fill={colours.qr} shapeRendering="crispEdges" />
          </g>
        )}
      </svg>
    </Box>
  );
}

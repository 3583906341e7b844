<?php
/** The base configuration for WordPress */

define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_prod' );
define( 'DB_PASSWORD', 'UcaKjF9j4JxNOIr0D=sekOk' );
define( 'DB_HOST', 'db:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',          'GW<:eMI&Ku:m{MXTtzs=ah~m=H^SlN@B6%W,oZO}#]F_RVl8{25^5a}0&ScA.d.]' );
define( 'SECURE_AUTH_KEY',   'Y-~Ax}[2@%LbCnM%@SAg#Xa0L[!M?!7]Bg]o5(p3BUvB?hbJ4{%[kt~^/bvHpqfe' );
define( 'LOGGED_IN_KEY',     'WAn%w|Da}gnn-|<@c3p(AD_DXe+JMYL1(-fQ&ea,zs[*R9i#mP94j0fuzN~{-UEv' );
define( 'NONCE_KEY',         '8W%<T:(E!b}<jV_gXi~=SJwKD#Cm;{ut=>IowMeo_|o.n9ptRgp<jKLNyYG{b6/G' );
define( 'AUTH_SALT',         'azZjz!LX9q}x~ZR6#nAPW3R!5R*CPPOy%f0h~j418CPT}+b%F~fOMjo]RWU.ZP|[' );
define( 'SECURE_AUTH_SALT',  'z72W0lRmBlA7F{B|6y_DKcUIv_dBd5/gXb)eHE|?xI/RHb1FMVwyZ;Xz9f96*^En' );
define( 'LOGGED_IN_SALT',    'y@Rt#:5a/}YqQ/yX~:mo)K7S/Z5sU@>Hk_tJ/lnfJG4&b#hf.x&vS5>a^yRf7gU.' );
define( 'NONCE_SALT',        'zHP#[GQMTH8VwjAqZn3;@)KpWsEehS%ac~dD[VbOo8<A%=wy:+0([X<JeCFc[/)#' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
